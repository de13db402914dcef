package dev.revops.collections.aging;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.event.AccountEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * An account moved from one delinquency bucket to another. Immutable.
 *
 * @param account the account
 * @param from the previous bucket, or null for the first observation
 * @param to the new bucket
 * @param on the debtor's local date of the move
 */
public record BucketChanged(AccountId account, String from, String to, LocalDate on)
    implements AccountEvent {
  /** Checks the fields. */
  public BucketChanged {
    requireNonNull(account, "account");
    requireNonNull(to, "to");
    requireNonNull(on, "on");
  }

  @Override
  public EventId eventId() {
    return EventId.of(type() + ":" + account + ":" + on + ":" + to);
  }

  /** Returns the start of the day in UTC: buckets move per day, not per instant. */
  @Override
  public Instant occurredAt() {
    return on.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
