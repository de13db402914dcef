package dev.revops.sales.servicecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.AccountId;
import dev.revops.core.time.BusinessCalendar;
import dev.revops.sales.id.CaseId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class SlaProperties {
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final BusinessCalendar ALWAYS = BusinessCalendar.alwaysOpen(ZoneOffset.UTC);

  @Provide
  Arbitrary<List<CaseTrigger>> steps() {
    return Arbitraries.of(
            CaseTrigger.OPEN,
            CaseTrigger.WAIT,
            CaseTrigger.RESUME,
            CaseTrigger.PENDING_CLOSE,
            CaseTrigger.CLOSE,
            CaseTrigger.REOPEN,
            CaseTrigger.AUTO_CLOSE)
        .list()
        .ofMaxSize(15);
  }

  @Provide
  Arbitrary<List<Long>> gaps() {
    return Arbitraries.longs().between(1, 5L * 86_400).list().ofSize(16);
  }

  /** Plays the steps that the lifecycle allows, spending a gap in each status. */
  private static ServiceCase play(List<CaseTrigger> steps, List<Long> gaps, long[] running) {
    ServiceCase c =
        ServiceCase.open(CaseId.of("c"), AccountId.of("a"), CaseType.SUPPORT, null, null, T0)
            .value();
    Instant t = T0;
    for (int i = 0; i < steps.size(); i++) {
      Instant next = t.plusSeconds(gaps.get(i));
      if (CaseLifecycle.clockRuns(c.status())) {
        running[0] += gaps.get(i);
      }
      t = next;
      running[1] = java.time.Duration.between(T0, t).getSeconds();
      CaseTrigger s = steps.get(i);
      if (!CaseLifecycle.MACHINE.canFire(c.status(), s)) {
        continue;
      }
      c =
          s == CaseTrigger.WAIT || s == CaseTrigger.PENDING_CLOSE
              ? c.pend(s, t.plusSeconds(3600), t).value()
              : c.fire(s, t).value();
    }
    return c;
  }

  @Property(tries = 1000)
  void slaElapsedTimeNeverCountsPendingTime(
      @ForAll("steps") List<CaseTrigger> steps, @ForAll("gaps") List<Long> gaps) {
    long[] running = {0, 0};
    ServiceCase c = play(steps, gaps, running);
    Instant end = T0.plusSeconds(running[1] + gaps.get(15));
    if (CaseLifecycle.clockRuns(c.status())) {
      running[0] += gaps.get(15);
    }
    Duration elapsed = SlaEvaluator.runningTime(c, ALWAYS, T0, end);
    assertThat(elapsed).isEqualTo(Duration.ofSeconds(running[0]));
  }

  @Property(tries = 1000)
  void timeSpentPendingOrClosedNeverMovesAnyClock(
      @ForAll("steps") List<CaseTrigger> steps,
      @ForAll("gaps") List<Long> gaps,
      @ForAll @LongRange(min = 1, max = 30L * 86_400) long wait) {
    ServiceCase c = play(steps, gaps, new long[2]);
    if (CaseLifecycle.clockRuns(c.status())) {
      return;
    }
    Instant last = c.history().get(c.history().size() - 1).from();
    List<SlaClock> before = SlaEvaluator.evaluate(c, CaseFixtures.STANDARD, last);
    List<SlaClock> after = SlaEvaluator.evaluate(c, CaseFixtures.STANDARD, last.plusSeconds(wait));
    assertThat(after)
        .extracting(SlaClock::elapsed)
        .isEqualTo(before.stream().map(SlaClock::elapsed).toList());
  }
}
