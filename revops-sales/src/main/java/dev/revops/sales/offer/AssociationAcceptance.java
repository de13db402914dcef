package dev.revops.sales.offer;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The probability of acceptance read from what customers hold together, for an offer that has no
 * answers to learn from yet: the highest confidence {@code P(B | A)} of a rule from an item {@code
 * A} the customer holds to the item {@code B} the offer sells, or, when no held item is ever held
 * with {@code B}, the base rate {@code P(B)}. It is a proxy (customers like this one hold B this
 * often), best for cross-sells and add-ons; plans exclude each other, so an upsell is better served
 * by {@link NaiveBayesAcceptance}. Each factor is a rule with {@code ln(lift)} as its weight.
 * Immutable and thread-safe.
 */
public final class AssociationAcceptance implements AcceptanceModel {
  private final AssociationRules rules;
  private final int explain;

  /**
   * Creates the model over counted baskets.
   *
   * @param rules the counts
   * @param explain how many rules an estimate lists, 0 to 50
   */
  public AssociationAcceptance(AssociationRules rules, int explain) {
    this.rules = requireNonNull(rules, "rules");
    if (explain < 0 || explain > 50) {
      throw new IllegalArgumentException("explain must be within 0..50, got " + explain);
    }
    this.explain = explain;
  }

  @Override
  public Estimate estimate(Offer offer, Holdings holdings) {
    requireNonNull(offer, "offer");
    requireNonNull(holdings, "holdings");
    String b = offer.sells();
    List<AssociationRule> used = new ArrayList<>();
    for (String a : holdings.items()) {
      Optional<AssociationRule> r = rules.rule(a, b);
      if (r.isPresent() && r.get().both() > 0) {
        used.add(r.get());
      }
    }
    if (used.isEmpty()) {
      return new Estimate(
          rules.support(b),
          "no held item is held with " + b + ": its base rate P(" + b + ")",
          List.of());
    }
    used.sort(
        Comparator.comparingDouble(AssociationRule::confidence)
            .reversed()
            .thenComparing(AssociationRule::antecedent));
    AssociationRule best = used.get(0);
    List<Factor> factors = new ArrayList<>();
    for (AssociationRule r : used) {
      factors.add(new Factor(r.antecedent(), true, Math.log(r.lift())));
    }
    factors.sort(
        Comparator.comparingDouble((Factor f) -> -Math.abs(f.weight()))
            .thenComparing(Factor::item));
    return new Estimate(
        best.confidence(),
        "confidence of " + best.antecedent() + " -> " + b + " over " + rules.baskets() + " baskets",
        factors.subList(0, Math.min(explain, factors.size())));
  }
}
