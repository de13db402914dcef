package dev.revops.collections.plan;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.event.OncePerAggregateEvent;
import dev.revops.core.id.AccountId;
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
    implements OncePerAggregateEvent {
  /** Checks the fields. */
  public PlanDefaulted {
    requireNonNull(plan, "plan");
    requireNonNull(account, "account");
    requireNonNull(remaining, "remaining");
    requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public String aggregateId() {
    return plan.value();
  }
}
