package dev.revops.collections.promise;

import static java.util.Objects.requireNonNull;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import java.time.Instant;

/**
 * A promise to pay was kept. Immutable.
 *
 * @param promise the promise
 * @param account the account
 * @param occurredAt when
 */
public record PromiseKept(PromiseId promise, AccountId account, Instant occurredAt)
    implements DomainEvent {
  /** Checks the fields. */
  public PromiseKept {
    requireNonNull(promise, "promise");
    requireNonNull(account, "account");
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
