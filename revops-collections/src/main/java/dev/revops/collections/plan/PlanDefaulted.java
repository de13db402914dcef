package dev.revops.collections.plan;

import static java.util.Objects.requireNonNull;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import dev.revops.core.money.Money;
import java.time.Instant;

/**
 * Alert: a payment plan defaulted (an installment was missed past grace); dunning resumes for its
 * debts. Immutable.
 *
 * @param plan the plan
 * @param account the account
 * @param installment the number of the missed installment
 * @param remaining what is still owed on the plan
 * @param occurredAt when
 */
public record PlanDefaulted(
    PlanId plan, AccountId account, int installment, Money remaining, Instant occurredAt)
    implements DomainEvent {
  /** Checks the fields. */
  public PlanDefaulted {
    requireNonNull(plan, "plan");
    requireNonNull(account, "account");
    requireNonNull(remaining, "remaining");
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
