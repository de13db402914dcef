package dev.revops.collections.port.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.collections.plan.PaymentPlan;
import dev.revops.collections.plan.PlanStatus;
import dev.revops.collections.promise.PromiseStatus;
import dev.revops.collections.promise.PromiseToPay;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The indexed queries of the in-memory stores answer exactly what a scan of every stored value with
 * the domain's own rules answers, after any sequence of saves that move the indexed fields.
 */
class IndexProperties {
  static final List<ZoneId> ZONES =
      List.of(ZoneId.of("UTC"), ZoneId.of("Australia/Sydney"), ZoneId.of("America/Los_Angeles"));
  static final LocalDate START = LocalDate.parse("2026-03-01"); // spans both 2026 DST changes
  static final Instant T0 = START.atStartOfDay(ZoneId.of("UTC")).toInstant();

  @Property(tries = 1000)
  void promiseQueriesMatchAScan(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 300) Integer> dates,
      @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 9_999) Integer> ops,
      @ForAll @IntRange(min = 0, max = 320 * 24) int probeHours) {
    InMemoryPromiseRepository repo = new InMemoryPromiseRepository();
    for (int i = 0; i < dates.size(); i++) {
      repo.save(
          Fixtures.promise(
              "p" + i,
              "a" + (i % 3),
              "d" + (i % 4),
              START.plusDays(dates.get(i)),
              ZONES.get(i % ZONES.size()),
              T0.plusSeconds(i % 5)),
          PromiseToPay.NEW);
    }
    for (int op : ops) {
      PromiseToPay p = repo.get(Fixtures.promiseId(op % dates.size()));
      Instant at = T0.plusSeconds(3600L * (op % (320 * 24)));
      PromiseToPay next =
          switch (op % 3) {
            case 0 -> p.recordPayment(Money.ofMinor(1 + op % 3_000, "USD"), at).value();
            case 1 -> p.evaluate(at).value();
            default -> p.status() == PromiseStatus.PROMISED ? p.cancel().value() : p;
          };
      if (next != p) {
        repo.save(next, p.version());
      }
    }
    Instant probe = T0.plusSeconds(3600L * probeHours);
    Comparator<PromiseToPay> byDeadline =
        Comparator.comparing(PromiseToPay::resolvesAt).thenComparing(p -> p.id().value());
    List<PromiseToPay> open =
        repo.findAll().stream().filter(p -> p.status() == PromiseStatus.PROMISED).toList();
    assertThat(repo.openExpiredBy(probe, 1_000))
        .containsExactlyElementsOf(
            open.stream().filter(p -> p.evaluate(probe).hasEvents()).sorted(byDeadline).toList());
    Comparator<PromiseToPay> oldest =
        Comparator.comparing(PromiseToPay::madeAt).thenComparing(p -> p.id().value());
    for (int d = 0; d < 4; d++) {
      ReceivableId debt = ReceivableId.of("d" + d);
      assertThat(repo.openForDebt(debt))
          .containsExactlyElementsOf(
              open.stream().filter(p -> p.debt().equals(debt)).sorted(oldest).toList());
    }
    for (int a = 0; a < 3; a++) {
      AccountId account = AccountId.of("a" + a);
      assertThat(repo.openForAccount(account))
          .containsExactlyElementsOf(
              open.stream().filter(p -> p.account().equals(account)).sorted(oldest).toList());
    }
  }

  @Property(tries = 1000)
  void planQueriesMatchAScan(
      @ForAll @Size(min = 1, max = 10) List<@IntRange(min = 0, max = 200) Integer> firstDue,
      @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 9_999) Integer> ops,
      @ForAll @IntRange(min = 0, max = 300 * 24) int probeHours) {
    InMemoryPlanRepository repo = new InMemoryPlanRepository();
    for (int i = 0; i < firstDue.size(); i++) {
      repo.save(
          Fixtures.plan(
              "p" + i,
              "a" + (i % 3),
              START.plusDays(firstDue.get(i)),
              i % 4,
              ZONES.get(i % ZONES.size())),
          PaymentPlan.NEW);
    }
    for (int op : ops) {
      PaymentPlan p = repo.get(Fixtures.planId(op % firstDue.size()));
      Instant at = T0.plusSeconds(3600L * (op % (300 * 24)));
      PaymentPlan next =
          switch (op % 4) {
            case 0 -> p.status() == PlanStatus.PROPOSED ? p.accept().value() : p;
            case 1 ->
                p.status() == PlanStatus.ACTIVE
                    ? p.recordPayment(Money.ofMinor(1 + op % 4_000, "USD"), at).value()
                    : p;
            case 2 -> p.evaluate(at).value();
            default -> p.status() == PlanStatus.ACTIVE && op % 7 == 0 ? p.cancel().value() : p;
          };
      if (next != p) {
        repo.save(next, p.version());
      }
    }
    Instant probe = T0.plusSeconds(3600L * probeHours);
    List<PaymentPlan> active =
        repo.findAll().stream().filter(p -> p.status() == PlanStatus.ACTIVE).toList();
    assertThat(repo.activeDefaultingBy(probe, 1_000))
        .containsExactlyInAnyOrderElementsOf(
            active.stream().filter(p -> p.evaluate(probe).hasEvents()).toList());
    for (int a = 0; a < 3; a++) {
      AccountId account = AccountId.of("a" + a);
      assertThat(repo.activeForAccount(account))
          .containsExactlyElementsOf(
              active.stream()
                  .filter(p -> p.account().equals(account))
                  .sorted(Comparator.comparing(p -> p.id().value()))
                  .toList());
    }
    for (PaymentPlan p : repo.findAll()) {
      boolean currentByDefaultsAt =
          p.status() == PlanStatus.ACTIVE && p.defaultsAt().map(probe::isBefore).orElse(true);
      assertThat(p.isCurrent(probe)).isEqualTo(currentByDefaultsAt);
    }
  }
}
