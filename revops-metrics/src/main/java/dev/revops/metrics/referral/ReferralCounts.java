package dev.revops.metrics.referral;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;

/**
 * What a referral programme did over a period: referrals opened (a lead came with a referrer's
 * code), of them rejected by a fraud rule, converted (the referred customer paid its first
 * invoice), and the rewards granted for them. Immutable.
 *
 * @param referrals referrals opened, at least 0
 * @param rejected referrals rejected, at most {@code referrals}
 * @param converted referrals whose customer paid its first invoice, at most {@code referrals -
 *     rejected}
 * @param rewards the rewards granted (account credits at their value)
 */
public record ReferralCounts(long referrals, long rejected, long converted, Money rewards) {
  /** Checks the counts are consistent. */
  public ReferralCounts {
    requireNonNull(rewards, "rewards");
    if (referrals < 0 || rejected < 0 || converted < 0) {
      throw new IllegalArgumentException("referral counts must not be negative");
    }
    if (rejected + converted > referrals) {
      throw new IllegalArgumentException(
          "rejected ("
              + rejected
              + ") + converted ("
              + converted
              + ") exceed the referrals ("
              + referrals
              + ")");
    }
    if (rewards.isNegative()) {
      throw new IllegalArgumentException("rewards must not be negative, got " + rewards);
    }
  }
}
