package dev.revops.billing.retirement;

import static dev.revops.billing.retirement.RetirementFixtures.AT;
import static dev.revops.billing.retirement.RetirementFixtures.CATALOG;
import static dev.revops.billing.retirement.RetirementFixtures.LEGACY;
import static dev.revops.billing.retirement.RetirementFixtures.STANDARD;
import static dev.revops.billing.retirement.RetirementFixtures.subscribe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.billing.subscription.ChangeTiming;
import dev.revops.billing.subscription.ProrationMode;
import dev.revops.billing.subscription.Subscription;
import dev.revops.core.error.IllegalTransitionException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A worked example: a monthly plan renewing on the 10th, retired from 1 March 2026 with a 30-day
 * notice. Its next renewal on or after 1 March is 10 March, so the notice is due from 8 February
 * (30 days before) and the subscriber moves on 10 March; the change is put on the subscription in
 * the period that ends then (from 10 February), for the end of that term.
 */
class RetirementPlannerTest {
  static final LocalDate FROM = LocalDate.of(2026, 3, 1);
  static final PlanRetirement RETIREMENT = PlanRetirement.of("legacy", FROM, "standard");
  final RetirementPlanner planner = new RetirementPlanner(RETIREMENT, CATALOG);
  final Subscription sub = subscribe("s1", LEGACY, LocalDate.of(2026, 1, 10));

  /** The subscription moved to another plan (one seat, prorated) on a day. */
  Subscription changedTo(dev.revops.billing.catalog.Plan plan, ChangeTiming timing, LocalDate day) {
    return sub.changePlan(CATALOG, plan, 1, timing, ProrationMode.CREATE_PRORATIONS, day, AT)
        .value();
  }

  static LocalDate d(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  @Test
  void theNoticeIsDueThirtyDaysBeforeTheFirstRenewalOnOrAfterTheRetirementDate() {
    assertThat(planner.noticeDueOn(sub, d(1, 15))).isEqualTo(d(2, 8));
    RetirementDecision early = planner.decide(sub, null, d(2, 7));
    assertThat(early.due()).isEqualTo(Due.NOTHING);
    assertThat(early.on()).isEqualTo(d(2, 8));

    RetirementDecision due = planner.decide(sub, null, d(2, 8));
    assertThat(due.due()).isEqualTo(Due.NOTICE_DUE);
    assertThat(due.on()).isEqualTo(d(3, 10));
    RetirementNotice n = planner.noticeFor(sub, d(2, 8));
    assertThat(n.firstRenewal()).isEqualTo(d(3, 10));
    assertThat(n.migratesOn()).isEqualTo(d(3, 10));
  }

  @Test
  void aLateNoticeMovesTheSubscriberAtTheFirstRenewalTheFullNoticeReaches() {
    // sent on 20 February, 18 days before 10 March: the subscriber moves on 10 April instead
    RetirementNotice n = planner.noticeFor(sub, d(2, 20));
    assertThat(n.firstRenewal()).isEqualTo(d(4, 10));
    // a retirement decided on the day it starts, with the renewal 9 days away
    RetirementPlanner sudden =
        new RetirementPlanner(PlanRetirement.of("legacy", d(3, 1), "standard"), CATALOG);
    assertThat(sudden.decide(sub, null, d(3, 1)).due()).isEqualTo(Due.NOTICE_DUE);
    assertThat(sudden.noticeFor(sub, d(3, 1)).firstRenewal()).isEqualTo(d(4, 10));
  }

  @Test
  void aZeroDayNoticeGoesOutOnTheLastDayOfThePeriodBeforeTheRenewal() {
    RetirementPlanner now = new RetirementPlanner(RETIREMENT.withNoticeDays(0), CATALOG);
    assertThat(now.noticeDueOn(sub, d(3, 1))).isEqualTo(d(3, 9));
    assertThat(now.noticeFor(sub, d(3, 9)).firstRenewal()).isEqualTo(d(3, 10));
  }

  @Test
  void grandfatheredSubscribersKeepThePlanForNPeriodsAfterTheirFirstRenewal() {
    RetirementPlanner gf =
        new RetirementPlanner(RETIREMENT.withPricePolicy(PricePolicy.grandfathered(2)), CATALOG);
    RetirementNotice n = gf.noticeFor(sub, d(2, 8));
    assertThat(n.firstRenewal()).isEqualTo(d(3, 10));
    assertThat(n.migratesOn()).isEqualTo(d(5, 10));
    PlanMigration m = PlanMigration.notified(sub.id(), sub.account(), n, AT).value();
    assertThat(gf.decide(sub, m, d(3, 10)).due()).isEqualTo(Due.NOTHING);
    assertThat(gf.decide(sub, m, d(4, 9)).due()).isEqualTo(Due.NOTHING);
    RetirementDecision go = gf.decide(sub, m, d(4, 10));
    assertThat(go.due()).isEqualTo(Due.MIGRATE_AT_RENEWAL);
    assertThat(go.on()).isEqualTo(d(5, 10));
  }

  /** The subscription moved to STANDARD at its renewal, as decided on 10 February. */
  private Subscription movedToStandardAtRenewal() {
    return sub.changePlan(
            CATALOG,
            STANDARD,
            2,
            ChangeTiming.END_OF_TERM,
            ProrationMode.CREATE_PRORATIONS,
            d(2, 10),
            AT)
        .value();
  }

  @Test
  void theMigrationIsDueInThePeriodEndingAtTheRenewalAndTakesEffectThere() {
    PlanMigration m = planner.notify(sub, d(2, 8), AT).value();
    assertThat(m.status()).isEqualTo(MigrationStatus.NOTIFIED);
    assertThat(planner.decide(sub, m, d(2, 9)).due()).isEqualTo(Due.NOTHING);
    RetirementDecision go = planner.decide(sub, m, d(2, 10));
    assertThat(go.due()).isEqualTo(Due.MIGRATE_AT_RENEWAL);
    assertThat(go.on()).isEqualTo(d(3, 10));
    Subscription moved = movedToStandardAtRenewal();
    assertThat(moved.segmentOn(d(3, 9)).planId()).isEqualTo("legacy");
    assertThat(moved.segmentOn(d(3, 10)).planId()).isEqualTo("standard");
    // a run that finds the change but not the record (a crash between) records it, changes nothing
    RetirementDecision again = planner.decide(moved, m, d(2, 11));
    assertThat(again.due()).isEqualTo(Due.MIGRATE_AT_RENEWAL);
    assertThat(again.on()).isEqualTo(d(3, 10));
    PlanMigration migrated = m.migrated(d(3, 10), AT).value();
    assertThat(planner.decide(moved, migrated, d(3, 10)).due()).isEqualTo(Due.NOTHING);
    // a run after the renewal was missed moves it at the end of the then current term
    assertThat(planner.decide(sub, m, d(3, 12)).on()).isEqualTo(d(4, 10));
  }

  @Test
  void aNotifiedSubscriberWhoCancelsIsChurnOnceAccessEndsAndCanStillReactivateBefore() {
    PlanMigration m = planner.notify(sub, d(2, 8), AT).value();
    Subscription leaving = sub.cancelAtPeriodEnd(CATALOG, d(2, 12), AT).value();
    RetirementDecision pending = planner.decide(leaving, m, d(2, 12));
    assertThat(pending.due()).isEqualTo(Due.NOTHING);
    assertThat(pending.reason()).contains("set to cancel on 2026-03-10");
    assertThat(planner.decide(leaving, m, d(3, 10)).due()).isEqualTo(Due.CHURNED);
    RetirementDecision late = planner.decide(leaving, m, d(3, 20));
    assertThat(late.on()).as("the day access ended, not the day of the run").isEqualTo(d(3, 10));
    Subscription gone = sub.cancelNow(CATALOG, d(2, 12), AT).value();
    RetirementDecision churn = planner.decide(gone, m, d(2, 12));
    assertThat(churn.due()).isEqualTo(Due.CHURNED);
    assertThat(churn.on()).isEqualTo(d(2, 12));
    PlanMigration churned = m.churned(churn.on(), AT).value();
    assertThat(churned.status()).isEqualTo(MigrationStatus.CHURNED);
    assertThatThrownBy(() -> churned.migrated(d(3, 10), AT))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void aMigratedSubscriberWhoEndsBeforeTheChangeTakesEffectIsChurnToo() {
    PlanMigration m = planner.notify(sub, d(2, 8), AT).value().migrated(d(3, 10), AT).value();
    Subscription moved = movedToStandardAtRenewal();
    Subscription cancelled = moved.cancelAtPeriodEnd(CATALOG, d(2, 20), AT).value();
    assertThat(planner.decide(cancelled, m, d(2, 20)).due()).isEqualTo(Due.NOTHING);
    assertThat(planner.decide(cancelled, m, d(3, 10)).due()).isEqualTo(Due.CHURNED);
    Subscription later = moved.cancelNow(CATALOG, d(3, 20), AT).value();
    assertThat(planner.decide(later, m, d(3, 20)).due())
        .as("a cancellation after the change took effect is ordinary churn")
        .isEqualTo(Due.NOTHING);
  }

  @Test
  void aSubscriberWhoPicksAnotherPlanHasLeftIt() {
    PlanMigration m = planner.notify(sub, d(2, 8), AT).value();
    Subscription annual = changedTo(RetirementFixtures.STARTER, ChangeTiming.IMMEDIATE, d(2, 15));
    RetirementDecision left = planner.decide(annual, m, d(2, 15));
    assertThat(left.due()).isEqualTo(Due.LEFT_PLAN);
    assertThat(left.on()).isEqualTo(d(2, 15));
    RetirementReport r =
        planner.report(
            List.of(annual),
            Map.of(annual.id(), m),
            java.time.Instant.parse("2026-02-15T12:00:00Z"));
    assertThat(r.leftPlan()).containsExactly(annual.id());
    assertThat(r.subscribers()).isEqualTo(1);
  }

  @Test
  void aMigratedSubscriberWhoseSuccessorWasReplacedBeforeItStartedHasLeftThePlan() {
    PlanMigration m = planner.notify(sub, d(2, 8), AT).value();
    // at the renewal the subscriber took the annual plan instead of the successor
    Subscription annual = changedTo(RetirementFixtures.ANNUAL, ChangeTiming.END_OF_TERM, d(2, 10));
    PlanMigration migrated = m.migrated(d(3, 10), AT).value();
    RetirementDecision left = planner.decide(annual, migrated, d(3, 12));
    assertThat(left.due()).isEqualTo(Due.LEFT_PLAN);
    assertThat(left.on()).isEqualTo(d(3, 10));
    assertThat(left.reason()).isEqualTo("on plan annual from 2026-03-10");
  }

  @Test
  void decideAllSkipsSubscriptionsTheRetirementDoesNotConcernAndUsesEachOnesLocalDate() {
    Subscription other = subscribe("s2", STANDARD, d(1, 10));
    Subscription second = subscribe("s3", LEGACY, d(1, 10));
    PlanMigration m = planner.notify(second, d(2, 8), AT).value();
    List<RetirementDecision> all =
        planner.decideAll(
            List.of(sub, other, second),
            Map.of(second.id(), m),
            java.time.Instant.parse("2026-02-10T12:00:00Z"));
    assertThat(all)
        .extracting(RetirementDecision::subscription)
        .containsExactly(sub.id(), second.id());
    assertThat(all)
        .extracting(RetirementDecision::due)
        .containsExactly(Due.NOTICE_DUE, Due.MIGRATE_AT_RENEWAL);
    assertThat(planner.decideAll(List.of(other), Map.of(), AT)).isEmpty();
  }

  @Test
  void theRenewalAfterADayIsTheTrialsEndInTheTrialAndElseThePeriodsEnd() {
    assertThat(planner.renewalAfter(sub, d(2, 15))).isEqualTo(d(3, 10));
    assertThat(planner.renewalAfter(sub, d(2, 10))).isEqualTo(d(3, 10));
    assertThat(planner.renewalAfter(sub, d(1, 1))).as("before the start").isEqualTo(d(2, 10));
    RetirementPlanner starter =
        new RetirementPlanner(PlanRetirement.of("starter", FROM, "standard"), CATALOG);
    Subscription trial = subscribe("t", RetirementFixtures.STARTER, d(1, 1));
    assertThat(trial.trialEnd()).isEqualTo(d(1, 15));
    assertThat(starter.renewalAfter(trial, d(1, 5))).isEqualTo(d(1, 15));
    assertThat(starter.renewalAfter(trial, d(1, 20))).isEqualTo(d(2, 15));
  }

  @Test
  void subscriptionsLeavingAnywayOrOnOtherPlansGetNoNotice() {
    Subscription leaving = sub.cancelAtPeriodEnd(CATALOG, d(2, 1), AT).value();
    assertThat(planner.decide(leaving, null, d(2, 8)).due()).isEqualTo(Due.NOTHING);
    Subscription other = subscribe("s2", STANDARD, d(1, 10));
    assertThat(planner.concerns(other, null)).isFalse();
    assertThat(planner.decide(other, null, d(2, 8)).due()).isEqualTo(Due.NOTHING);
    assertThatThrownBy(() -> planner.notify(sub, d(2, 7), AT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no notice due (notice due on 2026-02-08)");
  }

  @Test
  void aPlannerRefusesAFaultyRetirement() {
    assertThatThrownBy(
            () ->
                new RetirementPlanner(
                    PlanRetirement.of("legacy", FROM, "us-only").withNoticeDays(-1), CATALOG))
        .isInstanceOf(dev.revops.core.error.InvalidInputException.class)
        .hasMessageContaining("$.retirements[0].noticeDays")
        .hasMessageContaining("no price in EUR");
  }

  @Test
  void theReportPutsEverySubscriberInExactlyOneList() {
    Subscription waiting = subscribe("a", LEGACY, d(1, 10));
    Subscription fresh = subscribe("b", LEGACY, d(1, 25));
    Subscription churner = subscribe("c", LEGACY, d(1, 10));
    PlanMigration mw = planner.notify(waiting, d(2, 8), AT).value();
    PlanMigration mc = planner.notify(churner, d(2, 8), AT).value();
    Subscription cancelled = churner.cancelNow(CATALOG, d(2, 9), AT).value();
    RetirementReport r =
        planner.report(
            List.of(waiting, fresh, cancelled, subscribe("d", STANDARD, d(1, 1))),
            Map.of(waiting.id(), mw, cancelled.id(), mc),
            d(2, 9).atStartOfDay(RetirementFixtures.UTC).toInstant());
    assertThat(r.awaitingMigration()).containsExactly(waiting.id());
    assertThat(r.notNotified()).containsExactly(fresh.id());
    assertThat(r.churned()).containsExactly(cancelled.id());
    assertThat(r.migrated()).isEmpty();
    assertThat(r.subscribers()).isEqualTo(3);
    assertThat(r.remaining()).isEqualTo(2);
  }
}
