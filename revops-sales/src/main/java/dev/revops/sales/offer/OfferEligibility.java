package dev.revops.sales.offer;

import static java.util.Objects.requireNonNull;

import dev.revops.sales.offer.OfferExclusion.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which offers of a catalog may be made to a customer, checking every rule so an excluded
 * offer carries all its reasons:
 *
 * <ol>
 *   <li>an upsell is made only from a plan on its upgrade paths ({@link
 *       Reason#NOT_ON_UPGRADE_PATH});
 *   <li>every required item (an add-on's base) is held ({@link Reason#REQUIREMENT_NOT_HELD});
 *   <li>no excluded item is held ({@link Reason#EXCLUDED_BY_HOLDING});
 *   <li>what the offer sells is not already held ({@link Reason#ALREADY_OWNED});
 *   <li>no decline within the cool-down: eligible again from {@code declinedAt + coolDownDays}
 *       days, that instant included ({@link Reason#COOLING_DOWN});
 *   <li>not presented and still unanswered ({@link Reason#ALREADY_PRESENTED}).
 * </ol>
 *
 * A pure function: stateless and thread-safe.
 */
public final class OfferEligibility {
  private OfferEligibility() {}

  /**
   * Evaluates every offer of the catalog.
   *
   * @param catalog the catalog
   * @param facts the customer's holdings and past offers
   * @return one result per offer, in catalog order
   */
  public static List<Eligibility> evaluate(OfferCatalog catalog, EligibilityFacts facts) {
    requireNonNull(catalog, "catalog");
    requireNonNull(facts, "facts");
    List<Eligibility> out = new ArrayList<>(catalog.offers().size());
    for (Offer o : catalog.offers()) {
      out.add(evaluate(o, facts));
    }
    return out;
  }

  /**
   * Evaluates one offer.
   *
   * @param offer the offer
   * @param facts the customer's holdings and past offers
   * @return the result
   */
  public static Eligibility evaluate(Offer offer, EligibilityFacts facts) {
    requireNonNull(offer, "offer");
    requireNonNull(facts, "facts");
    Holdings h = facts.holdings();
    List<OfferExclusion> why = new ArrayList<>();
    String fromPlan = null;
    if (offer.kind() == OfferKind.UPSELL) {
      for (String p : offer.when().fromPlans()) {
        if (h.plans().contains(p)) {
          fromPlan = p;
          break;
        }
      }
      if (fromPlan == null) {
        why.add(
            new OfferExclusion(
                Reason.NOT_ON_UPGRADE_PATH,
                "holds none of the plans it upgrades from " + offer.when().fromPlans()));
      }
    }
    for (String r : offer.when().requires()) {
      if (!h.holds(r)) {
        why.add(new OfferExclusion(Reason.REQUIREMENT_NOT_HELD, "does not hold '" + r + "'"));
      }
    }
    for (String x : offer.when().excludes()) {
      if (h.holds(x)) {
        why.add(new OfferExclusion(Reason.EXCLUDED_BY_HOLDING, "holds '" + x + "'"));
      }
    }
    if (h.holds(offer.sells())) {
      why.add(new OfferExclusion(Reason.ALREADY_OWNED, "already holds '" + offer.sells() + "'"));
    }
    Instant declined = facts.lastDeclined().get(offer.id());
    if (declined != null) {
      Instant until = declined.plus(Duration.ofDays(offer.coolDownDays()));
      if (facts.now().isBefore(until)) {
        why.add(
            new OfferExclusion(
                Reason.COOLING_DOWN, "declined at " + declined + ", not again before " + until));
      }
    }
    if (facts.open().contains(offer.id())) {
      why.add(
          new OfferExclusion(
              Reason.ALREADY_PRESENTED, "presented and not yet answered or fulfilled"));
    }
    return new Eligibility(offer, why.isEmpty() ? fromPlan : null, why);
  }
}
