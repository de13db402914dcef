package dev.revops.billing.retirement;

import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import java.time.Instant;
import java.time.LocalDate;

/** The domain events of plan retirements: immutable records. Stateless holder. */
public final class RetirementEvents {
  private RetirementEvents() {}

  /**
   * A subscriber was told its plan is retired (the host's relay turns it into the e-mail or
   * letter). Appended once per subscriber and retired plan.
   *
   * @param eventId the event's id
   * @param migration the subscriber's migration record
   * @param subscription the subscription
   * @param account the account
   * @param notice what it was told
   * @param occurredAt when
   */
  public record RetirementNoticeSent(
      EventId eventId,
      PlanMigrationId migration,
      SubscriptionId subscription,
      AccountId account,
      RetirementNotice notice,
      Instant occurredAt)
      implements DomainEvent {
    @Override
    public String aggregateId() {
      return migration.value();
    }
  }

  /**
   * The change to the successor was put on a subscription.
   *
   * @param eventId the event's id
   * @param migration the subscriber's migration record
   * @param subscription the subscription
   * @param successorPlanId the plan it moves to
   * @param effectiveOn the renewal from which it is on the successor
   * @param occurredAt when
   */
  public record SubscriberMigrated(
      EventId eventId,
      PlanMigrationId migration,
      SubscriptionId subscription,
      String successorPlanId,
      LocalDate effectiveOn,
      Instant occurredAt)
      implements DomainEvent {
    @Override
    public String aggregateId() {
      return migration.value();
    }
  }

  /**
   * A notified subscriber's subscription ended before the change took effect: churn attributed to
   * the retirement.
   *
   * @param eventId the event's id
   * @param migration the subscriber's migration record
   * @param subscription the subscription
   * @param retiredPlanId the retired plan
   * @param endedOn the first day without access
   * @param occurredAt when
   */
  public record RetirementChurned(
      EventId eventId,
      PlanMigrationId migration,
      SubscriptionId subscription,
      String retiredPlanId,
      LocalDate endedOn,
      Instant occurredAt)
      implements DomainEvent {
    @Override
    public String aggregateId() {
      return migration.value();
    }
  }

  /**
   * A notified subscriber moved to a plan other than the successor of its own accord.
   *
   * @param eventId the event's id
   * @param migration the subscriber's migration record
   * @param subscription the subscription
   * @param planId the plan it chose
   * @param occurredAt when
   */
  public record RetiredPlanLeft(
      EventId eventId,
      PlanMigrationId migration,
      SubscriptionId subscription,
      String planId,
      Instant occurredAt)
      implements DomainEvent {
    @Override
    public String aggregateId() {
      return migration.value();
    }
  }
}
