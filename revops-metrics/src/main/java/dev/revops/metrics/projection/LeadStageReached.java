package dev.revops.metrics.projection;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.EventId;
import dev.revops.core.id.LeadId;
import java.time.LocalDate;

/**
 * A lead reached a funnel stage (and so every stage before it). Ids only, no personal data.
 * Immutable and thread-safe; null is never accepted.
 *
 * @param eventId the event's id
 * @param lead the lead
 * @param source the lead's source; the first event of a lead (in applied order) fixes it
 * @param stage the stage's name, one of the projection's funnel stages
 * @param occurredOn the day it happened
 */
public record LeadStageReached(
    EventId eventId, LeadId lead, String source, String stage, LocalDate occurredOn)
    implements MetricsEvent {
  /** Checks the fields. */
  public LeadStageReached {
    requireNonNull(eventId, "eventId");
    requireNonNull(lead, "lead");
    requireNonNull(source, "source");
    requireNonNull(stage, "stage");
    requireNonNull(occurredOn, "occurredOn");
  }
}
