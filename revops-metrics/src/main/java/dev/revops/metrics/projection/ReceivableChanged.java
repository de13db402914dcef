package dev.revops.metrics.projection;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import dev.revops.core.money.Money;
import java.time.LocalDate;

/**
 * An account's receivables changed: an invoice issued, a payment or credit applied, an amount
 * written off. Immutable and thread-safe; null is never accepted.
 *
 * @param eventId the event's id
 * @param account the account
 * @param change what happened
 * @param amount how much, at least zero
 * @param occurredOn the day it happened
 */
public record ReceivableChanged(
    EventId eventId, AccountId account, ReceivableChange change, Money amount, LocalDate occurredOn)
    implements MetricsEvent {
  /** Checks the fields. */
  public ReceivableChanged {
    requireNonNull(eventId, "eventId");
    requireNonNull(account, "account");
    requireNonNull(change, "change");
    requireNonNull(amount, "amount");
    requireNonNull(occurredOn, "occurredOn");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("event " + eventId + ": amount must be >= 0");
    }
  }
}
