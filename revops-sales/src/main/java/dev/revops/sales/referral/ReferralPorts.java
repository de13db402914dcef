package dev.revops.sales.referral;

import static java.util.Objects.requireNonNull;

/**
 * The referral stores and the host's ports a {@link ReferralService} uses. A parameter record:
 * immutable, thread-safe when its parts are; no part is null.
 *
 * @param referrals the referral store
 * @param codes the issued-code store
 * @param facts the parties' facts the fraud rules compare
 * @param rewards grants the rewards once per idempotency key
 */
public record ReferralPorts(
    ReferralRepository referrals,
    ReferralCodeRepository codes,
    ReferralPartyFacts facts,
    ReferralRewards rewards) {
  /** Checks that every part is there. */
  public ReferralPorts {
    requireNonNull(referrals, "referrals");
    requireNonNull(codes, "codes");
    requireNonNull(facts, "facts");
    requireNonNull(rewards, "rewards");
  }

  /**
   * The in-memory stores around the host's facts and rewards ports.
   *
   * @param facts the parties' facts
   * @param rewards the rewards port
   * @return the ports
   */
  public static ReferralPorts inMemory(ReferralPartyFacts facts, ReferralRewards rewards) {
    return new ReferralPorts(
        new InMemoryReferralRepository(), new InMemoryReferralCodeRepository(), facts, rewards);
  }
}
