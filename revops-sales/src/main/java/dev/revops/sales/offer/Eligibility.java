package dev.revops.sales.offer;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Whether one offer may be made to one customer, and if not, every rule that excludes it.
 * Immutable.
 *
 * @param offer the offer
 * @param fromPlan for an eligible upsell, the held plan it upgrades from (the first of the offer's
 *     upgrade paths the customer holds); otherwise null
 * @param exclusions why it is not made; empty when eligible
 */
public record Eligibility(Offer offer, String fromPlan, List<OfferExclusion> exclusions) {
  /** Copies the list. */
  public Eligibility {
    requireNonNull(offer, "offer");
    exclusions = List.copyOf(exclusions);
  }

  /**
   * Tells whether the offer may be made.
   *
   * @return true when no rule excludes it
   */
  public boolean eligible() {
    return exclusions.isEmpty();
  }
}
