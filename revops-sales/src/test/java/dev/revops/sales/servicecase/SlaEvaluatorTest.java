package dev.revops.sales.servicecase;

import static dev.revops.sales.servicecase.CaseFixtures.MONDAY_9;
import static dev.revops.sales.servicecase.CaseFixtures.STANDARD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.AccountId;
import dev.revops.sales.id.CaseId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaEvaluatorTest {
  private static Instant at(String berlinLocal) {
    return java.time.LocalDateTime.parse(berlinLocal).atZone(CaseFixtures.BERLIN).toInstant();
  }

  private final ServiceCase created =
      ServiceCase.open(
              CaseId.of("c"),
              AccountId.of("a"),
              CaseType.SUPPORT,
              null,
              CaseChannel.EMAIL,
              MONDAY_9)
          .value();

  @Test
  void clocksCountBusinessTimeOnlyAndReportUpcomingAndBreaches() {
    // Monday 12:30: 3.5 business hours of the 4 h first-response target.
    List<SlaClock> at1230 = SlaEvaluator.evaluate(created, STANDARD, at("2026-03-02T12:30"));
    assertThat(at1230)
        .extracting(SlaClock::kind, SlaClock::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                SlaClock.Kind.FIRST_RESPONSE, SlaClock.State.WARNING),
            org.assertj.core.groups.Tuple.tuple(SlaClock.Kind.SOLUTION, SlaClock.State.RUNNING));
    assertThat(SlaEvaluator.upcoming(created, STANDARD, at("2026-03-02T12:30"))).hasSize(1);
    assertThat(at1230.get(0).dueAt()).isEqualTo(at("2026-03-02T13:00"));
    // Solution: 24 business hours = three working days -> due Wednesday 17:00.
    assertThat(at1230.get(1).dueAt()).isEqualTo(at("2026-03-04T17:00"));
    // The night does not count: Monday 18:00 to Tuesday 08:00 adds nothing.
    assertThat(SlaEvaluator.evaluate(created, STANDARD, at("2026-03-03T08:00")).get(0).elapsed())
        .isEqualTo(Duration.ofHours(8));
    assertThat(SlaEvaluator.breaches(created, STANDARD, at("2026-03-03T08:00")))
        .extracting(SlaClock::kind)
        .containsExactly(SlaClock.Kind.FIRST_RESPONSE);
  }

  @Test
  void pendingStopsTheClockAndAResponseMeetsTheTarget() {
    ServiceCase c = created.respond(at("2026-03-02T10:00")).value();
    c = c.pend(CaseTrigger.WAIT, at("2026-03-09T09:00"), at("2026-03-02T11:00")).value();
    List<SlaClock> later = SlaEvaluator.evaluate(c, STANDARD, at("2026-03-06T16:00"));
    assertThat(later)
        .extracting(SlaClock::kind, SlaClock::state, SlaClock::elapsed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                SlaClock.Kind.FIRST_RESPONSE, SlaClock.State.MET, Duration.ofHours(1)),
            org.assertj.core.groups.Tuple.tuple(
                SlaClock.Kind.UPDATE, SlaClock.State.RUNNING, Duration.ofHours(1)),
            org.assertj.core.groups.Tuple.tuple(
                SlaClock.Kind.SOLUTION, SlaClock.State.RUNNING, Duration.ofHours(2)));
    assertThat(later.get(2).dueAt()).isNull();
    ServiceCase closed = c.fire(CaseTrigger.CLOSE, at("2026-03-06T16:30")).value();
    assertThat(SlaEvaluator.evaluate(closed, STANDARD, at("2026-03-20T12:00")))
        .extracting(SlaClock::state)
        .containsOnly(SlaClock.State.MET);
  }
}
