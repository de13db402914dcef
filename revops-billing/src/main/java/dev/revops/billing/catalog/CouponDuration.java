package dev.revops.billing.catalog;

/** How long a coupon applies. Immutable and thread-safe. */
public enum CouponDuration {
  /** The first billing period only. */
  ONCE,
  /** The first {@code durationInPeriods} billing periods. */
  REPEATING,
  /** Every billing period. */
  FOREVER
}
