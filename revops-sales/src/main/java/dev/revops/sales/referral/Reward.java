package dev.revops.sales.referral;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;

/**
 * What a referrer gets for a qualified referral: an account credit (the host adds it to billing's
 * credit balance) or a coupon (the host attaches it to the referrer's subscription). Immutable.
 *
 * @param kind which of the two
 * @param credit the credit amount for {@link Kind#ACCOUNT_CREDIT} (above zero), else null
 * @param coupon the coupon's id for {@link Kind#COUPON} (not blank), else null
 */
public record Reward(Kind kind, Money credit, String coupon) {
  /** The kinds of reward. */
  public enum Kind {
    /** An amount added to the referrer's credit balance. */
    ACCOUNT_CREDIT,
    /** A coupon applied to the referrer's subscription. */
    COUPON
  }

  /** Checks that the parts match the kind. */
  public Reward {
    requireNonNull(kind, "kind");
    if (kind == Kind.ACCOUNT_CREDIT) {
      if (credit == null || credit.signum() <= 0 || coupon != null) {
        throw new IllegalArgumentException("an account credit needs an amount above zero only");
      }
    } else if (coupon == null || coupon.isBlank() || credit != null) {
      throw new IllegalArgumentException("a coupon reward needs a coupon id only");
    }
  }

  /**
   * An account credit.
   *
   * @param amount the amount (above zero)
   * @return the reward
   */
  public static Reward credit(Money amount) {
    return new Reward(Kind.ACCOUNT_CREDIT, amount, null);
  }

  /**
   * A coupon.
   *
   * @param couponId the coupon's id in billing
   * @return the reward
   */
  public static Reward coupon(String couponId) {
    return new Reward(Kind.COUPON, null, couponId);
  }
}
