package dev.revops.billing.retirement;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.Plan;
import dev.revops.billing.subscription.PlanSegment;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.billing.subscription.SubscriptionLifecycle;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.event.Changed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Says, for one retirement, what is due for each subscription: a pure function of the retirement,
 * the catalog, the subscription, its migration record (if any) and today's date in the
 * subscription's zone. Immutable and thread-safe.
 *
 * <p>The rules, with {@code n} the notice period in days and a renewal meaning the end of a billing
 * period of the retired plan (or the trial's end):
 *
 * <ul>
 *   <li><b>Notice.</b> A subscription still renewing on the retired plan (not ended, not set to
 *       cancel, no other plan scheduled) with no notice yet is {@link Due#NOTICE_DUE} from {@code R
 *       - n} (at least one day before {@code R}), where {@code R} is its next renewal on or after
 *       the retirement date.
 *   <li><b>The migration renewal.</b> A notice sent on day {@code d} fixes {@code firstRenewal}:
 *       the first renewal after {@code d} that is at least {@code n} days after it and on or after
 *       the retirement date. So a subscriber always gets at least the full notice before anything
 *       changes. <b>Late retirements</b> (a notice sent when the next renewal is already inside the
 *       notice window, because the retirement was decided late or the job did not run): the
 *       subscriber is not moved at that renewal but at the first one the full notice still reaches.
 *       Under {@link PricePolicyKind#SUCCESSOR_PRICE} the plan changes at {@code firstRenewal};
 *       under {@link PricePolicyKind#GRANDFATHERED} the subscriber stays on the retired plan and
 *       its locked price for the grandfathered periods and changes at the renewal that ends them
 *       ({@code migratesOn}).
 *   <li><b>Migration.</b> {@link Due#MIGRATE_AT_RENEWAL} once the period that ends at {@code
 *       migratesOn} has begun: the change is made for the end of the current term, so it takes
 *       effect at a renewal, never before {@code migratesOn}. A run that comes after {@code
 *       migratesOn} moves the subscriber at the end of the then current term (one period late,
 *       never retroactively).
 *   <li><b>Churn.</b> A notified subscription that ends (cancelled, expired, access ended) before
 *       its change takes effect is {@link Due#CHURNED}, attributed to the retirement, whatever
 *       ended it: the subscription does not record why. A cancellation only scheduled is not churn
 *       yet (it can be undone); it is once access ends.
 *   <li><b>Other plans.</b> A notified subscriber that moved to a plan other than the successor is
 *       {@link Due#LEFT_PLAN}; one that is already on the successor (a previous run committed the
 *       change but not the record, or the subscriber chose it) is {@link Due#MIGRATE_AT_RENEWAL}
 *       with the existing change's date, and the change is not made twice.
 * </ul>
 */
public final class RetirementPlanner {
  private final PlanRetirement retirement;
  private final Plan retired;

  /**
   * Creates the planner.
   *
   * @param retirement the retirement (one from a {@link RetirementSchedule}, which also checks it
   *     against the other retirements)
   * @param catalog the catalog holding the retired plan and its successor
   * @throws InvalidInputException when the retirement on its own has a problem with the catalog
   */
  public RetirementPlanner(PlanRetirement retirement, Catalog catalog) {
    this.retirement = requireNonNull(retirement, "retirement");
    requireNonNull(catalog, "catalog");
    List<Violation> problems = RetirementSchedule.problems(catalog, List.of(retirement));
    if (!problems.isEmpty()) {
      throw new InvalidInputException("plan retirement", problems);
    }
    this.retired = catalog.plan(retirement.planId());
  }

  /**
   * Returns the retirement.
   *
   * @return the retirement this planner applies
   */
  public PlanRetirement retirement() {
    return retirement;
  }

  /**
   * Tells whether a subscription concerns this retirement: it has a migration record, or its last
   * plan segment is the retired plan.
   *
   * @param s the subscription
   * @param record its migration record, or null
   * @return true when it does
   */
  public boolean concerns(Subscription s, PlanMigration record) {
    return record != null || lastPlan(s).equals(retirement.planId());
  }

  /**
   * Decides what is due for one subscription today.
   *
   * @param s the subscription (never null)
   * @param record its migration record for this retirement, or null when it has none
   * @param today the account's local date
   * @return the decision
   */
  public RetirementDecision decide(Subscription s, PlanMigration record, LocalDate today) {
    requireNonNull(s, "s");
    requireNonNull(today, "today");
    if (record == null) {
      return decideUnnotified(s, today);
    }
    return switch (record.status()) {
      case NOTIFIED -> decideNotified(s, record, today);
      case MIGRATED -> decideMigrated(s, record, today);
      case CHURNED, LEFT_PLAN -> nothing(s, null, "already " + record.status());
    };
  }

  /**
   * Decides for many subscriptions, each on its own local date.
   *
   * @param subscriptions the subscriptions (those this retirement does not concern are skipped)
   * @param records their migration records by subscription
   * @param now the instant; each subscription's "today" is its date in the subscription's zone
   * @return one decision per concerned subscription, in the given order
   */
  public List<RetirementDecision> decideAll(
      Collection<Subscription> subscriptions,
      Map<SubscriptionId, PlanMigration> records,
      Instant now) {
    List<RetirementDecision> out = new ArrayList<>();
    for (Subscription s : subscriptions) {
      PlanMigration m = records.get(s.id());
      if (concerns(s, m)) {
        out.add(decide(s, m, LocalDate.ofInstant(now, s.zone())));
      }
    }
    return out;
  }

  /**
   * Reports where the subscribers stand, counting each decision as if it were applied (so the
   * report is the same before and after a run that applies them).
   *
   * @param subscriptions the subscriptions
   * @param records their migration records by subscription
   * @param now the instant
   * @return the report
   */
  public RetirementReport report(
      Collection<Subscription> subscriptions,
      Map<SubscriptionId, PlanMigration> records,
      Instant now) {
    List<SubscriptionId> notNotified = new ArrayList<>();
    List<SubscriptionId> awaiting = new ArrayList<>();
    List<SubscriptionId> migrated = new ArrayList<>();
    List<SubscriptionId> churned = new ArrayList<>();
    List<SubscriptionId> left = new ArrayList<>();
    for (Subscription s : subscriptions) {
      PlanMigration m = records.get(s.id());
      if (!concerns(s, m) || (m == null && ended(s))) {
        continue;
      }
      Due due = decide(s, m, LocalDate.ofInstant(now, s.zone())).due();
      MigrationStatus status = m == null ? null : m.status();
      if (due == Due.CHURNED || status == MigrationStatus.CHURNED) {
        churned.add(s.id());
      } else if (due == Due.LEFT_PLAN || status == MigrationStatus.LEFT_PLAN) {
        left.add(s.id());
      } else if (due == Due.MIGRATE_AT_RENEWAL || status == MigrationStatus.MIGRATED) {
        migrated.add(s.id());
      } else if (status == MigrationStatus.NOTIFIED) {
        awaiting.add(s.id());
      } else {
        notNotified.add(s.id());
      }
    }
    return new RetirementReport(
        retirement.planId(), notNotified, awaiting, migrated, churned, left);
  }

  /**
   * Returns the notice a subscription gets when it is sent on a day.
   *
   * @param s the subscription
   * @param sentOn the day of the notice (the account's local date)
   * @return the notice, with its first renewal and migration date
   */
  public RetirementNotice noticeFor(Subscription s, LocalDate sentOn) {
    LocalDate earliest = sentOn.plusDays(retirement.noticeDays() - 1L);
    LocalDate before = latest(latest(earliest, retirement.retiredFrom().minusDays(1)), sentOn);
    LocalDate first = renewalAfter(s, before);
    LocalDate migrates = first;
    for (int i = 0; i < retirement.pricePolicy().periodsAtOldPrice(); i++) {
      migrates = renewalAfter(s, migrates);
    }
    return new RetirementNotice(
        retirement.planId(),
        retirement.successorPlanId(),
        retirement.pricePolicy(),
        sentOn,
        first,
        migrates);
  }

  /**
   * Makes the migration record of a notice due today.
   *
   * @param s the subscription
   * @param today the account's local date
   * @param at when
   * @return the new record and its {@link RetirementEvents.RetirementNoticeSent}
   * @throws IllegalStateException when no notice is due
   */
  public Changed<PlanMigration> notify(Subscription s, LocalDate today, Instant at) {
    RetirementDecision d = decide(s, null, today);
    if (d.due() != Due.NOTICE_DUE) {
      throw new IllegalStateException(
          "subscription " + s.id() + ": no notice due (" + d.reason() + ")");
    }
    return PlanMigration.notified(s.id(), s.account(), noticeFor(s, today), at);
  }

  /**
   * Returns the first day a notice is due for a subscription, as seen on a day.
   *
   * @param s the subscription
   * @param today the account's local date
   * @return {@code R - n} (at most {@code R - 1}), {@code R} the next renewal on or after the
   *     retirement date
   */
  public LocalDate noticeDueOn(Subscription s, LocalDate today) {
    LocalDate renewal = renewalAfter(s, latest(today, retirement.retiredFrom().minusDays(1)));
    return renewal.minusDays(Math.max(1, retirement.noticeDays()));
  }

  /**
   * Returns the first renewal after a day: the trial's end during the trial, else the end of the
   * retired plan's billing period holding the day (the first period when the day is before the
   * start).
   *
   * @param s the subscription
   * @param day a local date
   * @return a renewal date, after {@code day}
   */
  public LocalDate renewalAfter(Subscription s, LocalDate day) {
    LocalDate d = latest(day, s.startDate());
    if (s.trialEnd() != null && d.isBefore(s.trialEnd())) {
      return s.trialEnd();
    }
    return s.calendar(retired).periodContaining(d).end();
  }

  private RetirementDecision decideUnnotified(Subscription s, LocalDate today) {
    if (!lastPlan(s).equals(retirement.planId())) {
      return nothing(s, null, "not on plan " + retirement.planId());
    }
    if (ended(s) || s.entitlementEnd() != null) {
      return nothing(s, null, "ends anyway (" + s.status() + "): no notice");
    }
    LocalDate dueOn = noticeDueOn(s, today);
    if (today.isBefore(dueOn)) {
      return nothing(s, dueOn, "notice due on " + dueOn);
    }
    RetirementNotice n = noticeFor(s, today);
    return new RetirementDecision(
        s.id(),
        Due.NOTICE_DUE,
        n.firstRenewal(),
        "plan "
            + retirement.planId()
            + " retired from "
            + retirement.retiredFrom()
            + ": notice now, "
            + retirement.pricePolicy()
            + " from "
            + n.firstRenewal()
            + ", on "
            + retirement.successorPlanId()
            + " from "
            + n.migratesOn());
  }

  private RetirementDecision decideNotified(Subscription s, PlanMigration m, LocalDate today) {
    if (endedBy(s, today)) {
      LocalDate end = s.entitlementEnd() != null ? s.entitlementEnd() : today;
      return new RetirementDecision(
          s.id(),
          Due.CHURNED,
          end,
          "ended (" + s.status() + ") after the notice of " + m.notice().sentOn());
    }
    PlanSegment last = s.segments().get(s.segments().size() - 1);
    if (last.planId().equals(retirement.successorPlanId())) {
      return new RetirementDecision(
          s.id(),
          Due.MIGRATE_AT_RENEWAL,
          last.from(),
          "already on the successor from " + last.from());
    }
    if (!last.planId().equals(retirement.planId())) {
      return new RetirementDecision(
          s.id(), Due.LEFT_PLAN, last.from(), "moved to plan " + last.planId());
    }
    if (s.entitlementEnd() != null) {
      return nothing(
          s, s.entitlementEnd(), "set to cancel on " + s.entitlementEnd() + ": churn if it ends");
    }
    LocalDate migratesOn = m.notice().migratesOn();
    if (today.isBefore(s.startDate())) {
      return nothing(s, s.startDate(), "not started: migrates at " + migratesOn);
    }
    LocalDate termEnd = renewalAfter(s, today);
    if (termEnd.isBefore(migratesOn)) {
      return nothing(s, termEnd, "migrates at the renewal of " + migratesOn);
    }
    return new RetirementDecision(
        s.id(),
        Due.MIGRATE_AT_RENEWAL,
        termEnd,
        "to " + retirement.successorPlanId() + " at the renewal of " + termEnd);
  }

  private RetirementDecision decideMigrated(Subscription s, PlanMigration m, LocalDate today) {
    LocalDate effective = m.effectiveOn();
    if (endedBy(s, today) && s.entitlementEnd() != null && !s.entitlementEnd().isAfter(effective)) {
      return new RetirementDecision(
          s.id(),
          Due.CHURNED,
          s.entitlementEnd(),
          "ended on " + s.entitlementEnd() + ", before its change of " + effective);
    }
    String planThen = s.segmentOn(effective).planId();
    if (!planThen.equals(retirement.successorPlanId())) {
      return new RetirementDecision(
          s.id(), Due.LEFT_PLAN, effective, "on plan " + planThen + " from " + effective);
    }
    return nothing(s, null, "migrated from " + effective);
  }

  private static boolean ended(Subscription s) {
    return SubscriptionLifecycle.MACHINE.isTerminal(s.status());
  }

  /** Ended: a terminal status, or access over (a host that has not advanced it yet). */
  private static boolean endedBy(Subscription s, LocalDate today) {
    return ended(s) || (s.entitlementEnd() != null && !today.isBefore(s.entitlementEnd()));
  }

  private static String lastPlan(Subscription s) {
    return s.segments().get(s.segments().size() - 1).planId();
  }

  private static RetirementDecision nothing(Subscription s, LocalDate next, String reason) {
    return new RetirementDecision(s.id(), Due.NOTHING, next, reason);
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
