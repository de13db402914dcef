package dev.revops.billing.subscription;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A coupon redeemed on a subscription. Immutable and thread-safe.
 *
 * @param couponId the catalog coupon
 * @param redeemedOn the day it was redeemed; its period is the coupon's first
 */
public record AppliedCoupon(String couponId, LocalDate redeemedOn) {
  /** Checks the parts. */
  public AppliedCoupon {
    requireNonNull(couponId, "couponId");
    requireNonNull(redeemedOn, "redeemedOn");
  }
}
