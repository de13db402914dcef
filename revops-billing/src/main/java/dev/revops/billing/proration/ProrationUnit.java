package dev.revops.billing.proration;

/** What proration counts. Immutable and thread-safe. */
public enum ProrationUnit {
  /** Whole days of the account's calendar (Kill Bill; the default). */
  DAY,
  /**
   * Seconds between the pieces' first instants in the account's zone (Stripe); a day with a
   * daylight-saving change weighs 23 or 25 hours.
   */
  SECOND
}
