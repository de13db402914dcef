package dev.revops.collections.promise;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.event.OncePerAggregateEvent;
import dev.revops.core.id.AccountId;
import java.time.Instant;

/**
 * A promise to pay was kept. Immutable.
 *
 * @param promise the promise
 * @param account the account
 * @param occurredAt when
 */
public record PromiseKept(PromiseId promise, AccountId account, Instant occurredAt)
    implements OncePerAggregateEvent {
  /** Checks the fields. */
  public PromiseKept {
    requireNonNull(promise, "promise");
    requireNonNull(account, "account");
    requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public String aggregateId() {
    return promise.value();
  }
}
