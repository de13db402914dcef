package dev.revops.billing.retirement;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.internal.EventIds;
import dev.revops.billing.retirement.RetirementEvents.RetiredPlanLeft;
import dev.revops.billing.retirement.RetirementEvents.RetirementChurned;
import dev.revops.billing.retirement.RetirementEvents.RetirementNoticeSent;
import dev.revops.billing.retirement.RetirementEvents.SubscriberMigrated;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One subscriber's move off a retired plan: the notice it got, where it stands ({@link
 * MigrationLifecycle#MACHINE}) and, once migrated, the renewal from which it is on the successor.
 * Created when the notice is sent, so it exists at most once per subscriber and plan (its id is
 * derived from both). Immutable and thread-safe; {@code effectiveOn} is null until migrated.
 *
 * @param id the id ({@link PlanMigrationId#of})
 * @param subscription the subscription
 * @param account the account
 * @param notice what the subscriber was told
 * @param status where it stands
 * @param effectiveOn the first day on the successor, once migrated; else null
 * @param version the stored version
 */
public record PlanMigration(
    PlanMigrationId id,
    SubscriptionId subscription,
    AccountId account,
    RetirementNotice notice,
    MigrationStatus status,
    LocalDate effectiveOn,
    long version)
    implements Aggregate<PlanMigrationId, PlanMigration> {

  /** Checks the required parts. */
  public PlanMigration {
    requireNonNull(id, "id");
    requireNonNull(subscription, "subscription");
    requireNonNull(account, "account");
    requireNonNull(notice, "notice");
    requireNonNull(status, "status");
  }

  /**
   * Records a notice: a new record, {@link MigrationStatus#NOTIFIED}, with its event.
   *
   * @param subscription the subscription
   * @param account the account
   * @param notice what it is told
   * @param at when
   * @return the record and its {@link RetirementNoticeSent}
   */
  public static Changed<PlanMigration> notified(
      SubscriptionId subscription, AccountId account, RetirementNotice notice, Instant at) {
    PlanMigrationId id = PlanMigrationId.of(notice.retiredPlanId(), subscription);
    PlanMigration m =
        new PlanMigration(id, subscription, account, notice, MigrationStatus.NOTIFIED, null, NEW);
    return Changed.of(
        m,
        new RetirementNoticeSent(
            EventIds.of(id, NEW, RetirementNoticeSent.class, 0),
            id,
            subscription,
            account,
            notice,
            at));
  }

  @Override
  public PlanMigration withVersion(long v) {
    return new PlanMigration(id, subscription, account, notice, status, effectiveOn, v);
  }

  private PlanMigration to(MigrationAction action, LocalDate effective) {
    MigrationStatus next = MigrationLifecycle.MACHINE.next(status, action);
    return new PlanMigration(id, subscription, account, notice, next, effective, version);
  }

  /**
   * Records the change to the successor, from a renewal.
   *
   * @param effective the first day on the successor (never null)
   * @param at when
   * @return the migrated record and its {@link SubscriberMigrated}
   * @throws dev.revops.core.error.IllegalTransitionException unless notified
   */
  public Changed<PlanMigration> migrated(LocalDate effective, Instant at) {
    requireNonNull(effective, "effective");
    return Changed.of(
        to(MigrationAction.MIGRATE, effective),
        new SubscriberMigrated(
            EventIds.of(id, version, SubscriberMigrated.class, 0),
            id,
            subscription,
            notice.successorPlanId(),
            effective,
            at));
  }

  /**
   * Records churn attributed to the retirement: the subscription ended before the change took
   * effect.
   *
   * @param endedOn the first day without access (never null)
   * @param at when
   * @return the churned record and its {@link RetirementChurned}
   * @throws dev.revops.core.error.IllegalTransitionException when already churned or gone
   */
  public Changed<PlanMigration> churned(LocalDate endedOn, Instant at) {
    requireNonNull(endedOn, "endedOn");
    return Changed.of(
        to(MigrationAction.END, effectiveOn),
        new RetirementChurned(
            EventIds.of(id, version, RetirementChurned.class, 0),
            id,
            subscription,
            notice.retiredPlanId(),
            endedOn,
            at));
  }

  /**
   * Records that the subscriber chose another plan before the change took effect.
   *
   * @param planId the plan it chose (never null)
   * @param at when
   * @return the record and its {@link RetiredPlanLeft}
   * @throws dev.revops.core.error.IllegalTransitionException when already churned or gone
   */
  public Changed<PlanMigration> leftPlan(String planId, Instant at) {
    requireNonNull(planId, "planId");
    return Changed.of(
        to(MigrationAction.CHANGE_PLAN, effectiveOn),
        new RetiredPlanLeft(
            EventIds.of(id, version, RetiredPlanLeft.class, 0), id, subscription, planId, at));
  }
}
