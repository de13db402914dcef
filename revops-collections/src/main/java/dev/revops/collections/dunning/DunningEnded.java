package dev.revops.collections.dunning;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.event.AccountEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Dunning ended because everything was paid; restrictions were lifted. Immutable.
 *
 * @param account the account
 * @param anchor the due date the ended episode counted from
 * @param occurredAt when
 */
public record DunningEnded(AccountId account, LocalDate anchor, Instant occurredAt)
    implements AccountEvent {
  /** Checks the fields. */
  public DunningEnded {
    requireNonNull(account, "account");
    requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public EventId eventId() {
    return EventId.of(type() + ":" + account + ":" + anchor + ":" + occurredAt);
  }
}
