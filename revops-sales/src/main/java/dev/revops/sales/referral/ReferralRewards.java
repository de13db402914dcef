package dev.revops.sales.referral;

/**
 * Grants referral rewards: the host maps a grant to billing's credit balance (an account credit) or
 * to a coupon on the referrer's subscription. The contract: a grant is applied at most once per
 * {@link RewardGrant#idempotencyKey()}; asked again with the same key, the port returns the first
 * grant's id and applies nothing. {@link InMemoryReferralRewards} is the embedded default.
 * Implementations must be thread-safe.
 */
public interface ReferralRewards {
  /**
   * Grants a reward once per idempotency key.
   *
   * @param grant what to grant (never null)
   * @return the grant's id (the same for every call with the same key)
   */
  String grant(RewardGrant grant);
}
