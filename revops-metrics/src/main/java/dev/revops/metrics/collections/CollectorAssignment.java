package dev.revops.metrics.collections;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;

/**
 * A delinquent balance assigned to a collector over a period, and what was collected on it.
 * Immutable and thread-safe; null is never accepted.
 *
 * @param collector the collector
 * @param account the account
 * @param assigned the past-due balance assigned, at least zero
 * @param collected what was collected on it in the period, at least zero
 */
public record CollectorAssignment(
    UserId collector, AccountId account, Money assigned, Money collected) {
  /** Checks the fields. */
  public CollectorAssignment {
    requireNonNull(collector, "collector");
    requireNonNull(account, "account");
    requireNonNull(assigned, "assigned");
    requireNonNull(collected, "collected");
    CollectionsMetrics.same(assigned, collected);
    if (assigned.isNegative() || collected.isNegative()) {
      throw new IllegalArgumentException("assigned and collected must be >= 0");
    }
  }
}
