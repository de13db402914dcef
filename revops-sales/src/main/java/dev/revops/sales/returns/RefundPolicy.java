package dev.revops.sales.returns;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Percentage;

/**
 * How returns are refunded. Immutable.
 *
 * @param restockingFee a fee on the returned net amount, 0-100 %
 * @param refundTax whether the tax of returned goods is refunded
 */
public record RefundPolicy(Percentage restockingFee, boolean refundTax) {
  /** Checks the fee. */
  public RefundPolicy {
    requireNonNull(restockingFee, "restockingFee");
    if (restockingFee.compareTo(Percentage.ZERO) < 0 || !restockingFee.isAtMostHundred()) {
      throw new IllegalArgumentException("restockingFee must be 0-100 %");
    }
  }

  /**
   * The default: no restocking fee, tax refunded.
   *
   * @return the policy
   */
  public static RefundPolicy full() {
    return new RefundPolicy(Percentage.ZERO, true);
  }
}
