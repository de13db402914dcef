package dev.revops.billing.retirement;

/** How a retired plan's subscribers are priced when they move. Immutable and thread-safe. */
public enum PricePolicyKind {
  /**
   * The subscriber keeps the retired plan and its locked price for a number of billing periods from
   * its first renewal after the notice, then moves to the successor at the successor's price.
   */
  GRANDFATHERED,
  /** The subscriber moves at its first renewal after the notice, at the successor's price. */
  SUCCESSOR_PRICE
}
