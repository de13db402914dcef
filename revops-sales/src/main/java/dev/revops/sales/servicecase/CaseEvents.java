package dev.revops.sales.servicecase;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.EventId;
import dev.revops.core.id.UserId;
import dev.revops.sales.id.CaseId;
import java.time.Instant;

/** The domain events of service cases. Immutable records; ids only. */
public final class CaseEvents {
  private CaseEvents() {}

  /** What every case event has: the case's id, which is its aggregate id. */
  public interface CaseEvent extends DomainEvent {
    /**
     * Returns the case the event is about.
     *
     * @return its id
     */
    CaseId caseId();

    @Override
    default String aggregateId() {
      return caseId().value();
    }
  }

  /**
   * A case was opened.
   *
   * @param eventId the event's id
   * @param caseId the case
   * @param caseType its type
   * @param occurredAt when
   */
  public record CaseCreated(EventId eventId, CaseId caseId, CaseType caseType, Instant occurredAt)
      implements CaseEvent {}

  /**
   * A case changed status.
   *
   * @param eventId the event's id
   * @param caseId the case
   * @param from before
   * @param trigger what moved it
   * @param to after
   * @param occurredAt when
   */
  public record CaseStatusChanged(
      EventId eventId,
      CaseId caseId,
      CaseStatus from,
      CaseTrigger trigger,
      CaseStatus to,
      Instant occurredAt)
      implements CaseEvent {}

  /**
   * An agent responded to the customer (the first response or an update).
   *
   * @param eventId the event's id
   * @param caseId the case
   * @param first whether it was the first response
   * @param occurredAt when
   */
  public record CaseResponded(EventId eventId, CaseId caseId, boolean first, Instant occurredAt)
      implements CaseEvent {}

  /**
   * An incident was escalated to the account's owner.
   *
   * @param eventId the event's id
   * @param caseId the case
   * @param owner the user it was escalated to
   * @param occurredAt when
   */
  public record CaseEscalated(EventId eventId, CaseId caseId, UserId owner, Instant occurredAt)
      implements CaseEvent {}
}
