package dev.revops.collections.promise;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.event.OncePerAggregateEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import java.time.Instant;

/**
 * Alert: a promise to pay was broken, or kept only in part. Immutable.
 *
 * @param promise the promise
 * @param account the account
 * @param promised the promised amount
 * @param paid what was paid by the deadline
 * @param partly true when something was paid (partially kept)
 * @param occurredAt when the deadline passed
 */
public record PromiseBroken(
    PromiseId promise,
    AccountId account,
    Money promised,
    Money paid,
    boolean partly,
    Instant occurredAt)
    implements OncePerAggregateEvent {
  /** Checks the fields. */
  public PromiseBroken {
    requireNonNull(promise, "promise");
    requireNonNull(account, "account");
    requireNonNull(promised, "promised");
    requireNonNull(paid, "paid");
    requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public String aggregateId() {
    return promise.value();
  }
}
