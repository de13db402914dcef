package dev.revops.sales.offer;

import static java.util.Objects.requireNonNull;

/**
 * Why an offer is not made to a customer. Immutable.
 *
 * @param reason the rule that excludes it
 * @param detail what the rule found, with ids only (never personal data)
 */
public record OfferExclusion(Reason reason, String detail) {
  /** The eligibility rules, in the order they are checked. */
  public enum Reason {
    /** An upsell whose upgrade paths do not include a plan the customer holds. */
    NOT_ON_UPGRADE_PATH,
    /** The customer lacks an item the offer requires (an add-on's base). */
    REQUIREMENT_NOT_HELD,
    /** The customer holds an item the offer excludes. */
    EXCLUDED_BY_HOLDING,
    /** The customer already holds what the offer sells. */
    ALREADY_OWNED,
    /** The customer declined the offer within its cool-down. */
    COOLING_DOWN,
    /** The offer is already presented to the customer and not yet answered. */
    ALREADY_PRESENTED
  }

  /** Checks the parts. */
  public OfferExclusion {
    requireNonNull(reason, "reason");
    requireNonNull(detail, "detail");
  }

  @Override
  public String toString() {
    return reason + ": " + detail;
  }
}
