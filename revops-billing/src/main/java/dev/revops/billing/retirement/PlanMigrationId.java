package dev.revops.billing.retirement;

import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.id.TypedId;

/**
 * The id of one subscriber's move off a retired plan: the retired plan's id and the subscription's,
 * so every app instance derives the same id and a second notice for the same subscriber is a
 * version conflict, never a second record. Immutable and thread-safe.
 *
 * @param value the id's text, not blank
 */
public record PlanMigrationId(String value) implements TypedId {
  /** Checks the value. */
  public PlanMigrationId {
    TypedId.check(value, "PlanMigrationId");
  }

  /**
   * The id of a subscription's move off a plan.
   *
   * @param retiredPlanId the retired plan
   * @param subscription the subscription
   * @return {@code retiredPlanId/subscriptionId}
   */
  public static PlanMigrationId of(String retiredPlanId, SubscriptionId subscription) {
    return new PlanMigrationId(retiredPlanId + "/" + subscription.value());
  }

  @Override
  public String toString() {
    return value;
  }
}
