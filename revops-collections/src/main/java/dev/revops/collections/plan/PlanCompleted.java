package dev.revops.collections.plan;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.event.OncePerAggregateEvent;
import dev.revops.core.id.AccountId;
import java.time.Instant;

/**
 * A payment plan was paid in full. Immutable.
 *
 * @param plan the plan
 * @param account the account
 * @param occurredAt when
 */
public record PlanCompleted(PlanId plan, AccountId account, Instant occurredAt)
    implements OncePerAggregateEvent {
  /** Checks the fields. */
  public PlanCompleted {
    requireNonNull(plan, "plan");
    requireNonNull(account, "account");
    requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public String aggregateId() {
    return plan.value();
  }
}
