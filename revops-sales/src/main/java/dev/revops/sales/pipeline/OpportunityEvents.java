package dev.revops.sales.pipeline;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.EventId;
import dev.revops.core.id.OpportunityId;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.OpportunityStatus;
import java.time.Instant;

/** The domain events of opportunities. Immutable records. */
public final class OpportunityEvents {
  private OpportunityEvents() {}

  /** What every opportunity event has: the opportunity's id, which is its aggregate id. */
  public interface OpportunityEvent extends DomainEvent {
    /**
     * Returns the opportunity the event is about.
     *
     * @return its id
     */
    OpportunityId opportunity();

    @Override
    default String aggregateId() {
      return opportunity().value();
    }
  }

  /**
   * An opportunity was opened.
   *
   * @param eventId the event's id
   * @param opportunity the opportunity
   * @param amount its amount
   * @param stage its first stage
   * @param occurredAt when
   */
  public record OpportunityOpened(
      EventId eventId, OpportunityId opportunity, Money amount, String stage, Instant occurredAt)
      implements OpportunityEvent {}

  /**
   * An opportunity changed stage (and maybe status).
   *
   * @param eventId the event's id
   * @param opportunity the opportunity
   * @param fromStage the stage before
   * @param toStage the stage after
   * @param status the status after
   * @param lostReason the lost reason when lost, else null
   * @param occurredAt when
   */
  public record OpportunityStageChanged(
      EventId eventId,
      OpportunityId opportunity,
      String fromStage,
      String toStage,
      OpportunityStatus status,
      String lostReason,
      Instant occurredAt)
      implements OpportunityEvent {}

  /**
   * An opportunity's amount or close date changed.
   *
   * @param eventId the event's id
   * @param opportunity the opportunity
   * @param amount the new amount
   * @param closeDate the new expected close date
   * @param occurredAt when
   */
  public record OpportunityUpdated(
      EventId eventId,
      OpportunityId opportunity,
      Money amount,
      java.time.LocalDate closeDate,
      Instant occurredAt)
      implements OpportunityEvent {}
}
