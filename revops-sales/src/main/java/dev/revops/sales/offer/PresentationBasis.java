package dev.revops.sales.offer;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;
import dev.revops.sales.id.CaseId;
import java.time.Instant;
import java.util.Set;

/**
 * Why and on what an offer was presented: the plan an upsell upgrades from, what the customer held
 * (what the model later learns from), the model's probability and the expected value at the time,
 * the service case that triggered it, and when. Immutable.
 *
 * @param fromPlan the held plan an upsell upgrades from, or null
 * @param held the items held at presentation
 * @param probability the estimated probability of acceptance, within [0, 1]
 * @param expectedValue P(accept) x margin, rounded to the minor unit
 * @param fromCase the service case that triggered it, or null
 * @param presentedAt when
 */
public record PresentationBasis(
    String fromPlan,
    Set<String> held,
    double probability,
    Money expectedValue,
    CaseId fromCase,
    Instant presentedAt) {
  /** Checks the parts and copies the set. */
  public PresentationBasis {
    held = Set.copyOf(held);
    requireNonNull(expectedValue, "expectedValue");
    requireNonNull(presentedAt, "presentedAt");
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be within [0, 1], got " + probability);
    }
  }

  /**
   * The basis of presenting a ranked offer.
   *
   * @param ranked the offer with its estimate
   * @param holdings what the customer holds
   * @param fromCase the triggering case, or null
   * @param at when
   * @return the basis
   */
  public static PresentationBasis of(
      RankedOffer ranked, Holdings holdings, CaseId fromCase, Instant at) {
    return new PresentationBasis(
        ranked.fromPlan(),
        holdings.items(),
        ranked.estimate().probability(),
        ranked.expectedValue(),
        fromCase,
        at);
  }
}
