package dev.revops.metrics.projection;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import dev.revops.core.money.Money;
import java.time.LocalDate;

/**
 * A subscription's normalised MRR from a day on: started (above zero), changed, or ended (zero).
 * Map billing's subscription events to it with {@link ProjectionConfig#mrr(Money,
 * dev.revops.core.time.BillingInterval) config.mrr(price, interval)}, which normalises weekly plans
 * the way the projection's configuration chose. Immutable and thread-safe; null is never accepted.
 *
 * @param eventId the event's id
 * @param account the paying account
 * @param subscriptionId the subscription's id, not blank
 * @param occurredOn the first day the new MRR applies
 * @param sequence the subscription's version after the change, ordering same-day changes
 * @param mrr the subscription's MRR from that day, at least zero
 */
public record SubscriptionMrrChanged(
    EventId eventId,
    AccountId account,
    String subscriptionId,
    LocalDate occurredOn,
    long sequence,
    Money mrr)
    implements MetricsEvent {
  /** Checks the fields. */
  public SubscriptionMrrChanged {
    requireNonNull(eventId, "eventId");
    requireNonNull(account, "account");
    requireNonNull(subscriptionId, "subscriptionId");
    requireNonNull(occurredOn, "occurredOn");
    requireNonNull(mrr, "mrr");
    if (subscriptionId.isBlank()) {
      throw new IllegalArgumentException("event " + eventId + ": subscriptionId is blank");
    }
    if (mrr.isNegative()) {
      throw new IllegalArgumentException("event " + eventId + ": mrr must be >= 0");
    }
  }
}
