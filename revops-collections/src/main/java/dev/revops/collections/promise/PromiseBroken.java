package dev.revops.collections.promise;

import static java.util.Objects.requireNonNull;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
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
    implements DomainEvent {
  /** Checks the fields. */
  public PromiseBroken {
    requireNonNull(promise, "promise");
    requireNonNull(account, "account");
    requireNonNull(promised, "promised");
    requireNonNull(paid, "paid");
    requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public EventId eventId() {
    return EventId.of(type() + ":" + promise);
  }

  @Override
  public String aggregateId() {
    return promise.value();
  }
}
