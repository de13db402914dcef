package dev.revops.billing.retirement;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.subscription.SubscriptionId;
import java.util.List;

/**
 * Where the subscribers of one retired plan stand, with their ids: each subscriber is in exactly
 * one list, so {@code migrated + churned + leftPlan + remaining = subscribers}. Churn here is
 * attributed to the retirement: a subscription that ended after its notice and before its change
 * took effect. Immutable and thread-safe.
 *
 * @param retiredPlanId the retired plan
 * @param notNotified on the plan, no notice sent yet (not due yet, or leaving anyway)
 * @param awaitingMigration notified, still on the plan
 * @param migrated the change to the successor is on the subscription
 * @param churned ended after the notice, before the change took effect
 * @param leftPlan moved to another plan of their own accord after the notice
 */
public record RetirementReport(
    String retiredPlanId,
    List<SubscriptionId> notNotified,
    List<SubscriptionId> awaitingMigration,
    List<SubscriptionId> migrated,
    List<SubscriptionId> churned,
    List<SubscriptionId> leftPlan) {
  /** Copies the lists. */
  public RetirementReport {
    requireNonNull(retiredPlanId, "retiredPlanId");
    notNotified = List.copyOf(notNotified);
    awaitingMigration = List.copyOf(awaitingMigration);
    migrated = List.copyOf(migrated);
    churned = List.copyOf(churned);
    leftPlan = List.copyOf(leftPlan);
  }

  /**
   * Returns how many subscribers the retirement concerns.
   *
   * @return the size of all lists together
   */
  public int subscribers() {
    return remaining() + migrated.size() + churned.size() + leftPlan.size();
  }

  /**
   * Returns how many are still on the retired plan.
   *
   * @return not notified plus awaiting migration
   */
  public int remaining() {
    return notNotified.size() + awaitingMigration.size();
  }
}
