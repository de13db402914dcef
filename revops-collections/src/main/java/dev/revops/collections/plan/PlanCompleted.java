package dev.revops.collections.plan;

import static java.util.Objects.requireNonNull;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import java.time.Instant;

/**
 * A payment plan was paid in full. Immutable.
 *
 * @param plan the plan
 * @param account the account
 * @param occurredAt when
 */
public record PlanCompleted(PlanId plan, AccountId account, Instant occurredAt)
    implements DomainEvent {
  /** Checks the fields. */
  public PlanCompleted {
    requireNonNull(plan, "plan");
    requireNonNull(account, "account");
    requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public EventId eventId() {
    return EventId.of(type() + ":" + plan);
  }

  @Override
  public String aggregateId() {
    return plan.value();
  }
}
