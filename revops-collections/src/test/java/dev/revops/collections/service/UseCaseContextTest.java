package dev.revops.collections.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.collections.plan.Frequency;
import dev.revops.collections.plan.PaymentPlan;
import dev.revops.collections.plan.PlanId;
import dev.revops.collections.plan.PlanStatus;
import dev.revops.collections.port.memory.InMemoryPlanRepository;
import dev.revops.collections.port.memory.InMemoryPromiseRepository;
import dev.revops.collections.promise.PromiseBroken;
import dev.revops.collections.promise.PromiseId;
import dev.revops.collections.promise.PromiseStatus;
import dev.revops.collections.promise.PromiseToPay;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.port.EventPublisher;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The services page through their queries until every due aggregate has moved. */
class UseCaseContextTest {
  static final ZoneId UTC = ZoneId.of("UTC");
  static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");

  /** Records each event's type and aggregate id. */
  static final class Recording implements EventPublisher {
    final List<String> seen = new ArrayList<>();

    @Override
    public void publish(List<? extends DomainEvent> events) {
      for (DomainEvent event : events) {
        seen.add(event.type() + " " + event.aggregateId());
      }
    }
  }

  @Test
  void resolveDueReadsPageAfterPageUntilEveryDuePromiseIsResolved() {
    InMemoryPromiseRepository repo = new InMemoryPromiseRepository();
    Recording events = new Recording();
    PromiseService service = new PromiseService(repo, events);
    int n = PromiseService.PAGE * 2 + 7;
    for (int i = 0; i < n; i++) {
      service.record(
          PromiseToPay.builder()
              .id(PromiseId.of("p" + i))
              .account(AccountId.of("a"))
              .debt(ReceivableId.of("d" + i))
              .amount(Money.of("10", "USD"))
              .promisedFor(LocalDate.parse("2026-06-05").plusDays(i % 3))
              .graceDays(0)
              .tolerance(Money.of("0", "USD"))
              .zone(UTC)
              .madeAt(T0)
              .build());
    }
    List<PromiseToPay> resolved = service.resolveDue(Instant.parse("2026-06-09T00:00:00Z"));
    assertThat(resolved).hasSize(n).allMatch(p -> p.status() == PromiseStatus.BROKEN);
    assertThat(repo.openExpiredBy(Instant.parse("2026-07-01T00:00:00Z"), 10)).isEmpty();
    assertThat(events.seen).hasSize(n).contains("PromiseBroken p0");
    assertThat(
            new PromiseBroken(
                    PromiseId.of("x"),
                    AccountId.of("a"),
                    Money.of("1", "USD"),
                    Money.of("0", "USD"),
                    false,
                    T0)
                .type())
        .isEqualTo("PromiseBroken");
  }

  @Test
  void defaultOverduePagesAndPublishesUnderThePlanKey() {
    InMemoryPlanRepository repo = new InMemoryPlanRepository();
    Recording events = new Recording();
    PlanService service = new PlanService(repo, events);
    int n = PlanService.PAGE + 3;
    for (int i = 0; i < n; i++) {
      PlanId id = PlanId.of("plan-" + i);
      service.propose(
          PaymentPlan.builder()
              .id(id)
              .account(AccountId.of("a" + (i % 2)))
              .debts(List.of(ReceivableId.of("d" + i)))
              .balance(Money.of("30", "USD"))
              .frequency(Frequency.WEEKLY)
              .firstDue(LocalDate.parse("2026-06-01"))
              .graceDays(0)
              .zone(UTC)
              .equalInstallments(3));
      service.accept(id);
    }
    assertThat(service.pausedDebts(AccountId.of("a0"), T0)).hasSize((n + 1) / 2);
    List<PaymentPlan> defaulted = service.defaultOverdue(Instant.parse("2026-06-02T00:00:00Z"));
    assertThat(defaulted).hasSize(n).allMatch(p -> p.status() == PlanStatus.DEFAULTED);
    assertThat(events.seen).hasSize(n).contains("PlanDefaulted plan-0");
    assertThat(service.pausedDebts(AccountId.of("a0"), T0)).isEmpty();
  }
}
