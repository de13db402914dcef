package dev.revops.billing.billrun;

import static dev.revops.billing.Fixtures.ACME;
import static dev.revops.billing.Fixtures.CATALOG;
import static dev.revops.billing.Fixtures.NY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.revops.billing.Fixtures;
import dev.revops.billing.catalog.Plan;
import dev.revops.billing.subscription.ChangeTiming;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.ProrationMode;
import dev.revops.billing.subscription.RetroactiveChange;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.billing.subscription.TrialEndBehavior;
import dev.revops.core.json.RevOpsJson;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A subscription records a change as retroactive exactly when it alters billing from a day before
 * the day it is made (the day of its instant in the account's zone), with that earlier day: what
 * the bill run's watermark reads back from.
 */
class RetroactiveChangeTest {
  private static final LocalDate JAN = LocalDate.of(2024, 1, 1);

  private static Instant on(LocalDate day) {
    return day.atTime(9, 0).atZone(NY).toInstant();
  }

  private static Subscription started(Plan plan, LocalDate start) {
    return Subscription.create(
            NewSubscription.builder()
                .id(SubscriptionId.of("s-1"))
                .account(ACME)
                .currency(Fixtures.USD)
                .zone(NY)
                .plan(plan)
                .startDate(start)
                .build(),
            start,
            on(start))
        .value();
  }

  @Test
  void aChangeFromTodayOrLaterIsNotRetroactive() {
    Subscription s = started(Fixtures.BASIC, JAN);
    LocalDate today = JAN.plusDays(20);
    Subscription now =
        s.changeQuantity(
                CATALOG,
                3,
                ChangeTiming.IMMEDIATE,
                ProrationMode.CREATE_PRORATIONS,
                today,
                on(today))
            .value();
    Subscription later =
        s.changeQuantity(
                CATALOG,
                3,
                ChangeTiming.END_OF_TERM,
                ProrationMode.CREATE_PRORATIONS,
                today,
                on(today))
            .value();
    Subscription paused = s.pause(today, false, on(today)).value();
    Subscription billedPause = s.pause(today.minusDays(5), true, on(today)).value();
    assertThat(s.retroactiveChanges()).isEmpty();
    assertThat(now.retroactiveChanges()).isEmpty();
    assertThat(later.retroactiveChanges()).isEmpty();
    assertThat(paused.retroactiveChanges()).isEmpty();
    // a billed pause does not change what is billed
    assertThat(billedPause.retroactiveChanges()).isEmpty();
  }

  @Test
  void changesThatReachBackAreRecordedWithTheirEffectiveDateAndTheDayTheyWereMade() {
    Subscription s = started(Fixtures.BASIC, JAN);
    LocalDate today = JAN.plusDays(20);
    RetroactiveChange fromPeriodStart = new RetroactiveChange(JAN, today);
    assertThat(
            s.changeQuantity(
                    CATALOG,
                    3,
                    ChangeTiming.START_OF_TERM,
                    ProrationMode.CREATE_PRORATIONS,
                    today,
                    on(today))
                .value()
                .retroactiveChanges())
        .containsExactly(fromPeriodStart);
    assertThat(
            s.cancel(
                    CATALOG, ChangeTiming.END_OF_TERM, ChangeTiming.START_OF_TERM, today, on(today))
                .value()
                .retroactiveChanges())
        .containsExactly(fromPeriodStart);
    // dated back: the day it is dated, made today
    LocalDate dated = today.minusDays(9);
    assertThat(s.pause(dated, false, on(today)).value().retroactiveChanges())
        .containsExactly(new RetroactiveChange(dated, today));
    Subscription cancelled =
        s.cancel(CATALOG, ChangeTiming.END_OF_TERM, ChangeTiming.IMMEDIATE, dated, on(dated))
            .value();
    assertThat(cancelled.retroactiveChanges()).isEmpty();
    // reactivating bills again from the old billing end, which is in the past
    assertThat(cancelled.reactivate(today, on(today)).value().retroactiveChanges())
        .containsExactly(new RetroactiveChange(dated, today));
    // a subscription created with a start in the past
    assertThat(
            Subscription.create(
                    NewSubscription.builder()
                        .id(SubscriptionId.of("s-2"))
                        .account(ACME)
                        .currency(Fixtures.USD)
                        .zone(NY)
                        .plan(Fixtures.BASIC)
                        .startDate(JAN)
                        .build(),
                    today,
                    on(today))
                .value()
                .retroactiveChanges())
        .containsExactly(new RetroactiveChange(JAN, today));
  }

  @Test
  void aTrialNoticedLateAndAFixedTermChangedByANewPlanReachBack() {
    Subscription trial = started(Fixtures.TRIAL, JAN).withPaymentMethod(false);
    LocalDate trialEnd = trial.trialEnd();
    LocalDate late = trialEnd.plusDays(10);
    assertThat(
            trial
                .advanceTo(CATALOG, late, TrialEndBehavior.CANCEL, on(late))
                .value()
                .retroactiveChanges())
        .containsExactly(new RetroactiveChange(trialEnd, late));
    // moving to a fixed-term plan ends the whole timeline at the term's end (12 months from the
    // start), even though the change itself takes effect at the end of the period
    Subscription s = started(Fixtures.BASIC, JAN);
    LocalDate today = JAN.plusMonths(14).plusDays(3);
    Subscription fixed =
        s.changePlan(
                CATALOG,
                Fixtures.FIXED,
                1,
                ChangeTiming.END_OF_TERM,
                ProrationMode.CREATE_PRORATIONS,
                today,
                on(today))
            .value();
    assertThat(fixed.termEnd(CATALOG)).isEqualTo(JAN.plusMonths(12));
    assertThat(fixed.retroactiveChanges())
        .containsExactly(new RetroactiveChange(JAN.plusMonths(12), today));
  }

  @Test
  void beyondEightTheOldestTwoMergeIntoOneThatReachesBackFurtherAndStaysOpenLonger() {
    Subscription s = started(Fixtures.BASIC, JAN);
    for (int i = 0; i < Subscription.MAX_RETROACTIVE_CHANGES + 1; i++) {
      LocalDate today = JAN.plusMonths(i + 1).plusDays(3);
      s =
          s.changeQuantity(
                  CATALOG,
                  2 + i,
                  ChangeTiming.START_OF_TERM,
                  ProrationMode.CREATE_PRORATIONS,
                  today,
                  on(today))
              .value();
    }
    List<RetroactiveChange> kept = s.retroactiveChanges();
    assertThat(kept).hasSize(Subscription.MAX_RETROACTIVE_CHANGES);
    assertThat(kept.get(0))
        .isEqualTo(new RetroactiveChange(JAN.plusMonths(1), JAN.plusMonths(2).plusDays(3)));
    assertThat(kept.get(kept.size() - 1))
        .isEqualTo(new RetroactiveChange(JAN.plusMonths(9), JAN.plusMonths(9).plusDays(3)));
  }

  @Test
  void aRetroactiveChangeTakesEffectBeforeItIsMade() {
    assertThatThrownBy(() -> new RetroactiveChange(JAN, JAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before it is made");
    assertThat(
            new RetroactiveChange(JAN.plusDays(3), JAN.plusDays(9))
                .merge(new RetroactiveChange(JAN.plusDays(1), JAN.plusDays(5))))
        .isEqualTo(new RetroactiveChange(JAN.plusDays(1), JAN.plusDays(9)));
  }

  @Test
  void theChangesRoundTripThroughJsonAndAnOlderDocumentWithoutThemReadsAsNone() throws Exception {
    ObjectMapper json = RevOpsJson.mapper();
    Subscription s = started(Fixtures.BASIC, JAN);
    LocalDate today = JAN.plusDays(20);
    Subscription changed = s.pause(today.minusDays(4), false, on(today)).value().withVersion(3);
    assertThat(changed.retroactiveChanges()).hasSize(1);
    String text = json.writeValueAsString(changed);
    assertThat(json.readValue(text, Subscription.class)).isEqualTo(changed);

    ObjectNode older = (ObjectNode) json.readTree(text);
    older.remove("retroactiveChanges");
    Subscription read = json.treeToValue(older, Subscription.class);
    assertThat(read.retroactiveChanges()).isEmpty();
    assertThat(read.pauses()).isEqualTo(changed.pauses());
  }
}
