package dev.revops.billing.payment;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import java.time.Instant;

/**
 * A transaction of a payment was recorded (or its unknown result resolved). Immutable.
 *
 * @param eventId the event's id
 * @param payment the payment
 * @param account the account
 * @param transaction the transaction with its result
 * @param status the payment's status after it
 * @param occurredAt when
 */
public record PaymentRecorded(
    EventId eventId,
    PaymentId payment,
    AccountId account,
    PaymentTransaction transaction,
    PaymentStatus status,
    Instant occurredAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return payment.value();
  }
}
