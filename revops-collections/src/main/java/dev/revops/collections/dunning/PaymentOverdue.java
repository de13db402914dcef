package dev.revops.collections.dunning;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.event.AccountEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Alert: a receivable became past due (raised once per receivable). Immutable.
 *
 * @param account the account
 * @param receivable the receivable
 * @param dueOn its due date
 * @param amountDue what is still owed
 * @param occurredAt when the evaluation noticed it
 */
public record PaymentOverdue(
    AccountId account,
    ReceivableId receivable,
    LocalDate dueOn,
    Money amountDue,
    Instant occurredAt)
    implements AccountEvent {
  /** Checks the fields. */
  public PaymentOverdue {
    requireNonNull(account, "account");
    requireNonNull(receivable, "receivable");
    requireNonNull(dueOn, "dueOn");
    requireNonNull(amountDue, "amountDue");
    requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public EventId eventId() {
    return EventId.of(type() + ":" + receivable + ":" + dueOn);
  }
}
