package dev.revops.collections.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.receivable.Receivable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DunningProperties {
  static final AccountId ACC = AccountId.of("acc");
  static final LocalDate DUE = LocalDate.parse("2026-03-05");

  /** One run: hours since the start, and how many minor units were paid just before it. */
  record Run(long hoursLater, long paid) {}

  @Provide
  Arbitrary<List<Run>> runs() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 24 * 20), Arbitraries.longs().between(0, 3_000))
        .as(Run::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(15);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of("America/New_York", "Europe/London", "Australia/Sydney", "Asia/Kolkata")
        .map(ZoneId::of);
  }

  @Provide
  Arbitrary<DunningPolicy> policies() {
    Arbitrary<List<Integer>> offsets =
        Arbitraries.integers()
            .between(-10, 150)
            .set()
            .ofMinSize(1)
            .ofMaxSize(6)
            .map(s -> s.stream().sorted().toList());
    return offsets.flatMap(
        os ->
            Arbitraries.longs()
                .between(0, 20_000)
                .list()
                .ofSize(os.size())
                .map(
                    thresholds -> {
                      List<DunningStep> steps = new ArrayList<>();
                      for (int i = 0; i < os.size(); i++) {
                        DunningStep s = DunningStep.of("s" + i, os.get(i), DunningAction.EMAIL);
                        if (thresholds.get(i) % 3 == 0) {
                          s =
                              s.when(
                                  DunningConditions.minAmount(
                                      Money.ofMinor(thresholds.get(i), "USD")));
                        }
                        steps.add(s);
                      }
                      return DunningPolicy.of("p", steps);
                    }));
  }

  @Property(tries = 1000)
  void evaluationIsIdempotentAndNeverSkipsAStep(
      @ForAll("policies") DunningPolicy policy,
      @ForAll("runs") List<Run> runs,
      @ForAll("zones") ZoneId zone) {
    // two invoices; payments go to the oldest first and may pay it off, moving the anchor
    Money total = Money.of("200.00", "USD");
    List<Receivable> book =
        new ArrayList<>(
            List.of(
                new Receivable(
                    ReceivableId.of("r1"), ACC, "d1", total, total, DUE.minusDays(30), DUE),
                new Receivable(
                    ReceivableId.of("r2"),
                    ACC,
                    "d2",
                    total,
                    total,
                    DUE.minusDays(20),
                    DUE.plusDays(10))));
    Instant start = DUE.minusDays(12).atStartOfDay(zone).toInstant();
    List<Run> sorted = new ArrayList<>(runs);
    sorted.sort((a, b) -> Long.compare(a.hoursLater(), b.hoursLater()));
    DunningCase state = DunningCase.start(ACC);
    Set<String> everExecuted = new HashSet<>();
    for (Run run : sorted) {
      long pay = run.paid() * 4;
      for (int k = 0; k < book.size() && pay > 0; k++) {
        Receivable r = book.get(k);
        boolean last = k == book.size() - 1;
        long max = last ? r.amountDue().minor() - 1 : r.amountDue().minor(); // never pay everything
        long take = Math.min(pay, Math.max(0, max));
        book.set(k, r.withAmountDue(r.amountDue().minus(Money.ofMinor(take, "USD"))));
        pay -= take;
      }
      DunningFacts facts = DunningFacts.of(ACC, zone, book);
      Instant now = start.plus(Duration.ofHours(run.hoursLater() * 10));
      DunningEvaluation e = DunningEvaluator.evaluate(state, facts, policy, now);
      for (DueAction a : e.actions()) {
        assertThat(everExecuted.add(a.stepId())).as("step %s ran twice", a.stepId()).isTrue();
      }
      // never skipped: every step whose day has come (from the oldest unpaid due date) ran, or its
      // conditions do not hold now
      LocalDate today = now.atZone(zone).toLocalDate();
      LocalDate anchor =
          book.stream()
              .filter(r -> !r.isSettled())
              .map(Receivable::dueOn)
              .min(LocalDate::compareTo)
              .orElseThrow();
      Money openUsd =
          book.stream().map(Receivable::amountDue).reduce(Money.zero("USD"), Money::plus);
      Map<String, Money> open = Map.of("USD", openUsd);
      int unpaid = (int) book.stream().filter(r -> !r.isSettled()).count();
      for (DunningStep step : policy.steps()) {
        boolean dayHasCome = !today.isBefore(anchor.plusDays(step.offsetDays()));
        if (dayHasCome && step.conditions().holds(open, unpaid, Set.of(), null)) {
          assertThat(e.next().executedSteps()).contains(step.id());
        }
        if (!dayHasCome && !e.next().executedSteps().contains(step.id())) {
          assertThat(e.nextEvaluation()).isPresent();
          assertThat(e.nextEvaluationAt()).isAfter(now);
          assertThat(e.nextEvaluationAt())
              .isBeforeOrEqualTo(anchor.plusDays(step.offsetDays()).atStartOfDay(zone).toInstant());
        }
      }
      // idempotent: the same instant again changes nothing
      DunningEvaluation again = DunningEvaluator.evaluate(e.next(), facts, policy, now);
      assertThat(again.actions()).isEmpty();
      assertThat(again.events()).isEmpty();
      assertThat(again.next()).isEqualTo(e.next());
      state = e.next();
    }
  }

  @Property(tries = 1000)
  void aCurrentPaymentPlanPausesDunningForItsDebt(
      @ForAll("policies") DunningPolicy policy,
      @ForAll("zones") ZoneId zone,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 12) int installments,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 200) int daysLater,
      @ForAll @net.jqwik.api.constraints.LongRange(min = 0, max = 20_000) long paid,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 10) int grace) {
    Money total = Money.of("200.00", "USD");
    Receivable r =
        new Receivable(ReceivableId.of("r"), ACC, "d", total, total, DUE.minusDays(30), DUE);
    dev.revops.collections.plan.PaymentPlan plan =
        dev.revops.collections.plan.PaymentPlan.builder()
            .id(dev.revops.collections.plan.PlanId.of("p"))
            .account(ACC)
            .debts(List.of(r.id()))
            .balance(total)
            .frequency(dev.revops.collections.plan.Frequency.WEEKLY)
            .firstDue(DUE.plusDays(3))
            .graceDays(grace)
            .zone(zone)
            .equalInstallments(installments)
            .accept()
            .value();
    if (paid > 0 && paid < total.minor()) {
      plan =
          plan.recordPayment(Money.ofMinor(paid, "USD"), DUE.atStartOfDay(zone).toInstant())
              .value();
      r = r.withAmountDue(total.minus(Money.ofMinor(paid, "USD")));
    }
    Instant now = DUE.plusDays(daysLater).atTime(12, 0).atZone(zone).toInstant();
    boolean current = plan.isCurrent(now);
    DunningFacts facts =
        DunningFacts.of(ACC, zone, List.of(r))
            .withPaused(current ? Set.copyOf(plan.debts()) : Set.of());
    DunningEvaluation e = DunningEvaluator.evaluate(DunningCase.start(ACC), facts, policy, now);
    if (current) {
      assertThat(e.actions()).isEmpty();
      assertThat(e.events()).isEmpty();
      assertThat(e.nextEvaluation()).isEmpty();
    } else {
      // a defaulted plan resumes dunning: every due step whose conditions hold runs
      LocalDate today = now.atZone(zone).toLocalDate();
      Map<String, Money> open = Map.of("USD", r.amountDue());
      for (DunningStep step : policy.steps()) {
        if (!today.isBefore(DUE.plusDays(step.offsetDays()))
            && step.conditions().holds(open, 1, Set.of(), null)) {
          assertThat(e.next().executedSteps()).contains(step.id());
        }
      }
    }
  }
}
