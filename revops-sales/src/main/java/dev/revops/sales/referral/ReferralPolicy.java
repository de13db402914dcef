package dev.revops.sales.referral;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The host's referral configuration: the reward, the caps per referrer and the country national
 * phone numbers are read in. Immutable.
 *
 * @param reward what a referrer gets per qualified referral (never null)
 * @param maxPerPeriod the most referrals of one referrer that may qualify within any rolling {@code
 *     period} (counted by the first-invoice payment time), or null for no such cap
 * @param period the rolling period of {@code maxPerPeriod} (above zero when that cap is set)
 * @param maxTotal the most referrals of one referrer that may ever qualify, or null for no cap
 * @param phoneCountry ISO 3166 alpha-2 country for national phone numbers in the fraud rules
 */
public record ReferralPolicy(
    Reward reward, Integer maxPerPeriod, Duration period, Integer maxTotal, String phoneCountry) {
  /** Checks the caps. */
  public ReferralPolicy {
    requireNonNull(reward, "reward");
    requireNonNull(phoneCountry, "phoneCountry");
    if (maxPerPeriod != null) {
      if (maxPerPeriod < 0) {
        throw new IllegalArgumentException("maxPerPeriod must be zero or more");
      }
      if (period == null || period.isZero() || period.isNegative()) {
        throw new IllegalArgumentException("a cap per period needs a period above zero");
      }
    }
    if (maxTotal != null && maxTotal < 0) {
      throw new IllegalArgumentException("maxTotal must be zero or more");
    }
  }

  /**
   * A policy without caps, national numbers read as US ones.
   *
   * @param reward the reward
   * @return the policy
   */
  public static ReferralPolicy uncapped(Reward reward) {
    return new ReferralPolicy(reward, null, null, null, "US");
  }

  /**
   * Returns this policy with a cap per rolling period.
   *
   * @param max the most qualified referrals per period
   * @param rolling the period
   * @return the copy
   */
  public ReferralPolicy withCapPerPeriod(int max, Duration rolling) {
    return new ReferralPolicy(reward, max, rolling, maxTotal, phoneCountry);
  }

  /**
   * Returns this policy with a cap in total.
   *
   * @param max the most qualified referrals ever
   * @return the copy
   */
  public ReferralPolicy withCapTotal(int max) {
    return new ReferralPolicy(reward, maxPerPeriod, period, max, phoneCountry);
  }
}
