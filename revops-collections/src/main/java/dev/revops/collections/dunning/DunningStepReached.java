package dev.revops.collections.dunning;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.event.AccountEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A dunning step ran for an account. Immutable.
 *
 * @param account the account
 * @param stepId the step
 * @param anchor the due date the episode counts from
 * @param actions the actions it issued
 * @param occurredAt when
 */
public record DunningStepReached(
    AccountId account,
    String stepId,
    LocalDate anchor,
    List<DunningAction> actions,
    Instant occurredAt)
    implements AccountEvent {
  /** Checks and copies the fields. */
  public DunningStepReached {
    requireNonNull(account, "account");
    requireNonNull(stepId, "stepId");
    requireNonNull(anchor, "anchor");
    actions = List.copyOf(actions);
    requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public EventId eventId() {
    return EventId.of(type() + ":" + account + ":" + anchor + ":" + stepId);
  }
}
