package dev.revops.metrics.collections;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import java.time.LocalDate;

/**
 * A promise to pay and what was paid against it by its date (plus grace, as collections judged it).
 * Immutable and thread-safe; null is never accepted.
 *
 * @param account the account that promised
 * @param collector the collector who took the promise
 * @param promised the amount promised, above zero
 * @param dueOn the day the payment was promised for
 * @param paid what arrived by the due date plus grace, at least zero
 * @param kept whether collections judged the promise kept (payments reached the amount within its
 *     tolerance)
 */
public record PromiseFact(
    AccountId account,
    UserId collector,
    Money promised,
    LocalDate dueOn,
    Money paid,
    boolean kept) {
  /** Checks the fields. */
  public PromiseFact {
    requireNonNull(account, "account");
    requireNonNull(collector, "collector");
    requireNonNull(promised, "promised");
    requireNonNull(dueOn, "dueOn");
    requireNonNull(paid, "paid");
    if (!promised.isPositive()) {
      throw new IllegalArgumentException("promised amount must be > 0");
    }
    if (paid.isNegative()) {
      throw new IllegalArgumentException("paid amount must be >= 0");
    }
    CollectionsMetrics.same(promised, paid);
  }
}
