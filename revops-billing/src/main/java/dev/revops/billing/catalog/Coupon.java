package dev.revops.billing.catalog;

import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.RoundingMode;

/**
 * A discount: a percentage or a fixed amount off a subscription's recurring charges, once, for a
 * number of periods, or for ever. Exactly one of {@code percentOff} and {@code amountOff} is set.
 * Immutable and thread-safe.
 *
 * @param id the coupon's id, unique in the catalog
 * @param percentOff the share taken off, at most 100 %, or null
 * @param amountOff the amount taken off each period, or null
 * @param duration how long it applies
 * @param durationInPeriods for {@link CouponDuration#REPEATING}: how many periods; null otherwise
 */
public record Coupon(
    @NotBlank String id,
    Percentage percentOff,
    Money amountOff,
    @NotNull CouponDuration duration,
    @Min(1) Integer durationInPeriods) {

  /**
   * A percentage coupon.
   *
   * @param id the id
   * @param percentOff the share off
   * @param duration how long
   * @param periods for repeating coupons, how many periods; else null
   * @return the coupon
   */
  public static Coupon percent(
      String id, Percentage percentOff, CouponDuration duration, Integer periods) {
    return new Coupon(id, percentOff, null, duration, periods);
  }

  /**
   * An amount coupon.
   *
   * @param id the id
   * @param amountOff the amount off each period
   * @param duration how long
   * @param periods for repeating coupons, how many periods; else null
   * @return the coupon
   */
  public static Coupon amount(
      String id, Money amountOff, CouponDuration duration, Integer periods) {
    return new Coupon(id, null, amountOff, duration, periods);
  }

  /**
   * Tells whether the coupon applies to the n-th billing period after it was redeemed.
   *
   * @param periodIndex 0 for the first period billed after redemption
   * @return true when it applies
   */
  public boolean appliesTo(long periodIndex) {
    if (periodIndex < 0) {
      return false;
    }
    return switch (duration) {
      case ONCE -> periodIndex == 0;
      case REPEATING -> periodIndex < (durationInPeriods == null ? 1 : durationInPeriods);
      case FOREVER -> true;
    };
  }

  /**
   * Returns the discount on a subtotal: a percentage rounded half-up to the minor unit, or the
   * fixed amount; never more than the subtotal, and zero when the subtotal is not positive or an
   * amount coupon is in another currency (amounts never convert).
   *
   * @param subtotal what the coupon applies to
   * @return the discount, between zero and the subtotal (a positive amount)
   */
  public Money discountOn(Money subtotal) {
    if (!subtotal.isPositive()) {
      return Money.zero(subtotal.currency());
    }
    Money off =
        percentOff != null
            ? percentOff.of(subtotal, RoundingMode.HALF_UP)
            : (amountOff.isSameCurrency(subtotal) ? amountOff : Money.zero(subtotal.currency()));
    return off.min(subtotal);
  }
}
