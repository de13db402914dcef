package dev.revops.metrics.projection;

import static java.util.Objects.requireNonNull;

import dev.revops.core.consent.ContactOutcome;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import dev.revops.core.id.UserId;
import java.time.LocalDate;

/**
 * A collection contact attempt and its outcome. Ids only, no personal data. Immutable and
 * thread-safe; null is never accepted.
 *
 * @param eventId the event's id
 * @param account the account contacted
 * @param collector who made the attempt
 * @param outcome what it came to
 * @param occurredOn the day it happened
 */
public record ContactAttempted(
    EventId eventId,
    AccountId account,
    UserId collector,
    ContactOutcome outcome,
    LocalDate occurredOn)
    implements MetricsEvent {
  /** Checks the fields. */
  public ContactAttempted {
    requireNonNull(eventId, "eventId");
    requireNonNull(account, "account");
    requireNonNull(collector, "collector");
    requireNonNull(outcome, "outcome");
    requireNonNull(occurredOn, "occurredOn");
  }
}
