package dev.revops.billing.retirement;

import static dev.revops.billing.retirement.RetirementFixtures.CATALOG;
import static dev.revops.billing.retirement.RetirementFixtures.LEGACY;
import static dev.revops.billing.retirement.RetirementFixtures.STANDARD;
import static dev.revops.billing.retirement.RetirementFixtures.STARTER;
import static dev.revops.billing.retirement.RetirementFixtures.UTC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.subscription.ChangeTiming;
import dev.revops.billing.subscription.PlanSegment;
import dev.revops.billing.subscription.ProrationMode;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.billing.subscription.SubscriptionLifecycle;
import dev.revops.billing.subscription.TrialEndBehavior;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The retirement rules over random subscribers, retirement dates, notice periods, price policies,
 * cancellations and job schedules, each subscriber simulated day by day through the domain (the
 * same decisions {@code PlanRetirementService} applies).
 *
 * <p>The rule for late retirements, checked here: there is no exception. A notice sent when the
 * next renewal is already inside the notice window moves the subscriber at the first renewal the
 * full notice reaches, so the notice is always at least the notice period before the change.
 */
class RetirementProperties {
  static final LocalDate BASE = LocalDate.of(2025, 1, 1);
  static final int DAYS = 420;

  /** One subscriber's run: what the planner decided, applied as the service applies it. */
  static final class Sim {
    Subscription s;
    PlanMigration m;
    int notices;
    LocalDate changeMadeOn;

    Sim(Subscription s) {
      this.s = s;
    }

    void day(RetirementPlanner p, LocalDate t, boolean jobRuns, int cancelOn, boolean atEnd) {
      Instant at = t.atStartOfDay(UTC).toInstant();
      boolean ended = SubscriptionLifecycle.MACHINE.isTerminal(s.status());
      if (!ended && t.equals(BASE.plusDays(cancelOn)) && s.entitlementEnd() == null) {
        s =
            atEnd
                ? s.cancelAtPeriodEnd(CATALOG, t, at).value()
                : s.cancelNow(CATALOG, t, at).value();
      }
      s = s.advanceTo(CATALOG, t, TrialEndBehavior.CREATE_INVOICE, at).value();
      if (!jobRuns) {
        return;
      }
      RetirementDecision d = p.decide(s, m, t);
      switch (d.due()) {
        case NOTICE_DUE -> {
          m = p.notify(s, t, at).value();
          notices++;
        }
        case MIGRATE_AT_RENEWAL -> {
          PlanSegment last = s.segments().get(s.segments().size() - 1);
          if (!last.planId().equals(STANDARD.id())) {
            s =
                s.changePlan(
                        CATALOG,
                        STANDARD,
                        last.quantity(),
                        ChangeTiming.END_OF_TERM,
                        ProrationMode.CREATE_PRORATIONS,
                        t,
                        at)
                    .value();
            changeMadeOn = t;
            assertThat(s.segments().get(s.segments().size() - 1).from()).isEqualTo(d.on());
          }
          m = m.migrated(d.on(), at).value();
        }
        case CHURNED -> m = m.churned(d.on(), at).value();
        case LEFT_PLAN -> m = m.leftPlan(s.segmentOn(d.on()).planId(), at).value();
        case NOTHING -> {}
      }
    }
  }

  static RetirementPlanner planner(int retireOffset, int noticeDays, int grandfathered) {
    PlanRetirement r =
        PlanRetirement.of("legacy", BASE.plusDays(retireOffset), "standard")
            .withNoticeDays(noticeDays)
            .withPricePolicy(
                grandfathered == 0
                    ? PricePolicy.successorPrice()
                    : PricePolicy.grandfathered(grandfathered));
    return new RetirementPlanner(
        RetirementSchedule.of(CATALOG, List.of(r)).retirements().get(0), CATALOG);
  }

  static Sim run(RetirementPlanner p, Subscription s, int cancelOn, boolean atEnd, int every) {
    Sim sim = new Sim(s);
    for (int i = 0; i < DAYS; i++) {
      sim.day(p, BASE.plusDays(i), i % every == 0, cancelOn, atEnd);
    }
    return sim;
  }

  static Subscription subscriber(String id, int startOffset) {
    return RetirementFixtures.subscribe(id, LEGACY, BASE.plusDays(startOffset));
  }

  @Property(tries = 1000)
  void aSubscriberMovesOnlyAtARenewalAfterTheFullNoticeAndNeverTwice(
      @ForAll @IntRange(min = 0, max = 200) int startOffset,
      @ForAll @IntRange(min = 0, max = 250) int retireOffset,
      @ForAll @IntRange(min = 0, max = 90) int noticeDays,
      @ForAll @IntRange(min = 0, max = 3) int grandfathered,
      @ForAll @IntRange(min = -1, max = DAYS) int cancelOn,
      @ForAll boolean cancelAtEnd,
      @ForAll @IntRange(min = 1, max = 9) int jobEvery) {
    RetirementPlanner p = planner(retireOffset, noticeDays, grandfathered);
    Sim sim = run(p, subscriber("s", startOffset), cancelOn, cancelAtEnd, jobEvery);

    assertThat(sim.notices).isLessThanOrEqualTo(1);
    long successorSegments =
        sim.s.segments().stream().filter(g -> g.planId().equals("standard")).count();
    assertThat(successorSegments).as("changed at most once").isLessThanOrEqualTo(1);
    if (sim.m == null) {
      assertThat(successorSegments).isZero();
      return;
    }
    RetirementNotice n = sim.m.notice();
    assertThat(ChronoUnit.DAYS.between(n.sentOn(), n.firstRenewal()))
        .as("the full notice before the price changes")
        .isGreaterThanOrEqualTo(noticeDays);
    assertThat(n.firstRenewal()).isAfterOrEqualTo(BASE.plusDays(retireOffset));
    if (successorSegments == 1) {
      PlanSegment moved =
          sim.s.segments().stream().filter(g -> g.planId().equals("standard")).findFirst().get();
      LocalDate e = moved.from();
      assertThat(sim.m.effectiveOn()).isEqualTo(e);
      assertThat(e).as("never before its renewal").isAfter(sim.changeMadeOn);
      assertThat(sim.s.calendar(LEGACY).periodContaining(e).start())
          .as("a renewal date")
          .isEqualTo(e);
      assertThat(e).isAfterOrEqualTo(n.migratesOn());
      assertThat(ChronoUnit.DAYS.between(n.sentOn(), e)).isGreaterThanOrEqualTo(noticeDays);
      long oldPricePeriods =
          sim.s.calendar(LEGACY).indexOf(e) - sim.s.calendar(LEGACY).indexOf(n.firstRenewal());
      assertThat(oldPricePeriods)
          .as("grandfathered periods kept at the old plan's price")
          .isGreaterThanOrEqualTo(grandfathered);
      assertThat(sim.s.segmentOn(e.minusDays(1)).planId()).isEqualTo("legacy");
    }
    if (sim.m.status() == MigrationStatus.CHURNED) {
      assertThat(cancelOn).isNotNegative();
      assertThat(sim.s.entitlementEnd()).isNotNull();
      if (sim.m.effectiveOn() != null) {
        assertThat(sim.s.entitlementEnd()).isBeforeOrEqualTo(sim.m.effectiveOn());
      }
    }
    if (cancelOn < 0 && n.migratesOn().plusDays(40).isBefore(BASE.plusDays(DAYS))) {
      assertThat(sim.m.status())
          .as("a subscriber who never cancels is migrated once the renewal has come")
          .isEqualTo(MigrationStatus.MIGRATED);
    }
  }

  @Property(tries = 1000)
  void migratedPlusChurnedPlusLeftPlusRemainingIsEverySubscriber(
      @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 200) Integer> starts,
      @ForAll @Size(min = 6, max = 6) List<@IntRange(min = -1, max = DAYS) Integer> cancels,
      @ForAll @IntRange(min = 0, max = 250) int retireOffset,
      @ForAll @IntRange(min = 0, max = 60) int noticeDays,
      @ForAll @IntRange(min = 0, max = 2) int grandfathered,
      @ForAll @IntRange(min = 100, max = DAYS) int reportDay) {
    RetirementPlanner p = planner(retireOffset, noticeDays, grandfathered);
    List<Subscription> subs = new ArrayList<>();
    Map<SubscriptionId, PlanMigration> records = new HashMap<>();
    Set<SubscriptionId> universe = new HashSet<>();
    for (int i = 0; i < starts.size(); i++) {
      Sim sim = new Sim(subscriber("s" + i, starts.get(i)));
      for (int day = 0; day <= reportDay; day++) { // the report day's run included
        sim.day(p, BASE.plusDays(day), true, cancels.get(i), i % 2 == 0);
      }
      subs.add(sim.s);
      if (sim.m != null) {
        records.put(sim.s.id(), sim.m);
      }
      if (sim.m != null || !SubscriptionLifecycle.MACHINE.isTerminal(sim.s.status())) {
        universe.add(sim.s.id());
      }
    }
    subs.add(RetirementFixtures.subscribe("other", STARTER, BASE));
    RetirementReport r =
        p.report(subs, records, BASE.plusDays(reportDay).atStartOfDay(UTC).toInstant());

    List<SubscriptionId> all = new ArrayList<>();
    all.addAll(r.notNotified());
    all.addAll(r.awaitingMigration());
    all.addAll(r.migrated());
    all.addAll(r.churned());
    all.addAll(r.leftPlan());
    assertThat(all).doesNotHaveDuplicates();
    assertThat(new HashSet<>(all)).isEqualTo(universe);
    assertThat(r.migrated().size() + r.churned().size() + r.leftPlan().size() + r.remaining())
        .isEqualTo(r.subscribers())
        .isEqualTo(universe.size());
    // the report counts what is due as done; the job ran on the report day, so nothing is due
    for (PlanMigration m : records.values()) {
      switch (m.status()) {
        case MIGRATED -> assertThat(r.migrated()).contains(m.subscription());
        case CHURNED -> assertThat(r.churned()).contains(m.subscription());
        case LEFT_PLAN -> assertThat(r.leftPlan()).contains(m.subscription());
        case NOTIFIED -> assertThat(r.notNotified()).doesNotContain(m.subscription());
      }
    }
  }
}
