package dev.revops.sales.lead;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.EventId;
import dev.revops.core.id.LeadId;
import java.time.Instant;

/** The domain events of leads. All are immutable records; ids only, never personal data. */
public final class LeadEvents {
  private LeadEvents() {}

  /** What every lead event has: the lead's id, which is its aggregate id. */
  public interface LeadEvent extends DomainEvent {
    /**
     * Returns the lead the event is about.
     *
     * @return its id
     */
    LeadId lead();

    @Override
    default String aggregateId() {
      return lead().value();
    }
  }

  /**
   * A new lead was captured.
   *
   * @param eventId the event's id
   * @param lead the lead
   * @param source where it came from
   * @param occurredAt when
   */
  public record LeadCaptured(EventId eventId, LeadId lead, LeadSource source, Instant occurredAt)
      implements LeadEvent {}

  /**
   * A capture matched an existing lead, which was updated instead of creating a second one.
   *
   * @param eventId the event's id
   * @param lead the existing lead
   * @param source the source of the new capture
   * @param matchedOn how it matched ({@code email}, {@code phone}, {@code name+company})
   * @param occurredAt when
   */
  public record LeadRecaptured(
      EventId eventId, LeadId lead, LeadSource source, String matchedOn, Instant occurredAt)
      implements LeadEvent {}

  /**
   * A lead changed status.
   *
   * @param eventId the event's id
   * @param lead the lead
   * @param from the status before
   * @param trigger what moved it
   * @param to the status after
   * @param reason a reason (disqualification), or null
   * @param occurredAt when
   */
  public record LeadStatusChanged(
      EventId eventId,
      LeadId lead,
      LeadStatus from,
      LeadTrigger trigger,
      LeadStatus to,
      String reason,
      Instant occurredAt)
      implements LeadEvent {}

  /**
   * A lead was converted.
   *
   * @param eventId the event's id
   * @param lead the lead
   * @param conversion what it became
   * @param occurredAt when
   */
  public record LeadConverted(
      EventId eventId, LeadId lead, LeadConversion conversion, Instant occurredAt)
      implements LeadEvent {}
}
