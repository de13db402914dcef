package dev.revops.sales.campaign;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.ContactId;
import dev.revops.core.id.EventId;
import java.time.Instant;

/** The domain events of campaign sends and memberships. Immutable records; ids only. */
public final class CampaignEvents {
  private CampaignEvents() {}

  /**
   * A person entered a campaign.
   *
   * @param eventId the event's id
   * @param campaignId the campaign
   * @param contact the person
   * @param occurredAt when
   */
  public record ContactEntered(
      EventId eventId, String campaignId, ContactId contact, Instant occurredAt)
      implements DomainEvent {
    @Override
    public String aggregateId() {
      return CampaignMembership.key(campaignId, contact);
    }
  }

  /**
   * A person in a campaign reached its goal.
   *
   * @param eventId the event's id
   * @param campaignId the campaign
   * @param contact the person
   * @param occurredAt when
   */
  public record ContactConverted(
      EventId eventId, String campaignId, ContactId contact, Instant occurredAt)
      implements DomainEvent {
    @Override
    public String aggregateId() {
      return CampaignMembership.key(campaignId, contact);
    }
  }

  /**
   * A campaign message changed status (a decision, an attempt, an answer).
   *
   * @param eventId the event's id
   * @param target the message
   * @param status its new status
   * @param attempts the attempts made so far
   * @param occurredAt when
   */
  public record SendStatusChanged(
      EventId eventId,
      SendTarget target,
      CampaignSendStatus status,
      int attempts,
      Instant occurredAt)
      implements DomainEvent {
    @Override
    public String aggregateId() {
      return target.key();
    }
  }
}
