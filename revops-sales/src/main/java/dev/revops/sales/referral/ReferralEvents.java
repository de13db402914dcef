package dev.revops.sales.referral;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import dev.revops.core.id.LeadId;
import java.time.Instant;

/** The domain events of referrals. All are immutable records; ids only, never personal data. */
public final class ReferralEvents {
  private ReferralEvents() {}

  /** What every referral event has: the referral's id, which is its aggregate id. */
  public interface ReferralEvent extends DomainEvent {
    /**
     * Returns the referral the event is about.
     *
     * @return its id
     */
    ReferralId referral();

    @Override
    default String aggregateId() {
      return referral().value();
    }
  }

  /**
   * A lead that came with a code was attributed to the code's owner.
   *
   * @param eventId the event's id
   * @param referral the referral
   * @param code the code
   * @param referrer the code's owner
   * @param referredLead the lead
   * @param referredAccount the referred account, or null when not yet known
   * @param occurredAt when
   */
  public record ReferralAttributed(
      EventId eventId,
      ReferralId referral,
      ReferralCode code,
      AccountId referrer,
      LeadId referredLead,
      AccountId referredAccount,
      Instant occurredAt)
      implements ReferralEvent {}

  /**
   * The referred customer paid its first invoice and the referral qualified for its reward.
   *
   * @param eventId the event's id
   * @param referral the referral
   * @param referrer the referrer
   * @param referredAccount the referred account
   * @param invoice the first paid invoice's id
   * @param occurredAt when it was paid
   */
  public record ReferralQualified(
      EventId eventId,
      ReferralId referral,
      AccountId referrer,
      AccountId referredAccount,
      String invoice,
      Instant occurredAt)
      implements ReferralEvent {}

  /**
   * The referrer's reward was granted (once: the grant carries the referral's idempotency key).
   *
   * @param eventId the event's id
   * @param referral the referral
   * @param referrer who got the reward
   * @param referredAccount the referred account
   * @param grant the grant id the reward port returned
   * @param reward what was granted
   * @param occurredAt when
   */
  public record ReferralRewarded(
      EventId eventId,
      ReferralId referral,
      AccountId referrer,
      AccountId referredAccount,
      String grant,
      Reward reward,
      Instant occurredAt)
      implements ReferralEvent {}

  /**
   * A referral was rejected by a rule or by hand.
   *
   * @param eventId the event's id
   * @param referral the referral
   * @param referrer the referrer
   * @param referredLead the referred lead
   * @param ruleId the refusing rule's id ({@link ReferralRules})
   * @param reason the reason, without personal data
   * @param occurredAt when
   */
  public record ReferralRejected(
      EventId eventId,
      ReferralId referral,
      AccountId referrer,
      LeadId referredLead,
      String ruleId,
      String reason,
      Instant occurredAt)
      implements ReferralEvent {}
}
