package dev.revops.billing.subscription;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import java.time.Instant;
import java.time.LocalDate;

/** The domain events of subscriptions: immutable records. Stateless holder. */
public final class SubscriptionEvents {
  private SubscriptionEvents() {}

  /**
   * A subscription was created.
   *
   * @param eventId the event's id
   * @param subscription the subscription
   * @param account the account
   * @param planId the plan
   * @param quantity the quantity
   * @param startDate the start date
   * @param occurredAt when
   */
  public record SubscriptionCreated(
      EventId eventId,
      SubscriptionId subscription,
      AccountId account,
      String planId,
      long quantity,
      LocalDate startDate,
      Instant occurredAt)
      implements DomainEvent {
    @Override
    public String aggregateId() {
      return subscription.value();
    }
  }

  /**
   * A subscription changed status.
   *
   * @param eventId the event's id
   * @param subscription the subscription
   * @param from the old status
   * @param action what happened
   * @param to the new status
   * @param occurredAt when
   */
  public record SubscriptionStatusChanged(
      EventId eventId,
      SubscriptionId subscription,
      SubscriptionStatus from,
      SubscriptionAction action,
      SubscriptionStatus to,
      Instant occurredAt)
      implements DomainEvent {
    @Override
    public String aggregateId() {
      return subscription.value();
    }
  }

  /**
   * A subscription's plan or quantity changed (or will, from {@code effectiveOn}).
   *
   * @param eventId the event's id
   * @param subscription the subscription
   * @param planId the new plan
   * @param quantity the new quantity
   * @param effectiveOn the first day of the change
   * @param proration how the change is billed
   * @param occurredAt when
   */
  public record SubscriptionChanged(
      EventId eventId,
      SubscriptionId subscription,
      String planId,
      long quantity,
      LocalDate effectiveOn,
      ProrationMode proration,
      Instant occurredAt)
      implements DomainEvent {
    @Override
    public String aggregateId() {
      return subscription.value();
    }
  }
}
