package dev.revops.sales.referral;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import java.time.Instant;

/**
 * A request to grant a referrer its reward. The {@link #idempotencyKey()} is derived from the
 * referral's id ({@link Referral#rewardIdempotencyKey()}): a host grants once per key, however
 * often it is asked. Immutable; ids only.
 *
 * @param idempotencyKey the key, the same for every attempt of one referral
 * @param referral the referral
 * @param referrer who gets the reward
 * @param referredAccount the referred customer
 * @param qualifyingInvoice the referred customer's first paid invoice
 * @param reward what to grant
 * @param at when
 */
public record RewardGrant(
    String idempotencyKey,
    ReferralId referral,
    AccountId referrer,
    AccountId referredAccount,
    String qualifyingInvoice,
    Reward reward,
    Instant at) {
  /** Checks the parts. */
  public RewardGrant {
    requireNonNull(idempotencyKey, "idempotencyKey");
    requireNonNull(referral, "referral");
    requireNonNull(referrer, "referrer");
    requireNonNull(reward, "reward");
    requireNonNull(at, "at");
  }
}
