package dev.revops.collections.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.collections.CollectionsFixtures;
import dev.revops.collections.plan.Frequency;
import dev.revops.collections.plan.PaymentPlan;
import dev.revops.collections.plan.PlanDefaulted;
import dev.revops.collections.plan.PlanId;
import dev.revops.collections.plan.PlanStatus;
import dev.revops.collections.port.memory.InMemoryPlanRepository;
import dev.revops.collections.port.memory.InMemoryPromiseRepository;
import dev.revops.collections.promise.PromiseBroken;
import dev.revops.collections.promise.PromiseKept;
import dev.revops.collections.promise.PromiseStatus;
import dev.revops.collections.promise.PromiseToPay;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanServiceTest {
  static final ZoneId UTC = ZoneId.of("UTC");
  static final AccountId ACC = AccountId.of("a");
  static final ReceivableId DEBT = ReceivableId.of("r");
  final InMemoryEventPublisher events = new InMemoryEventPublisher();

  @Test
  void planServiceMovesPlansAndTellsDunningWhatIsPaused() {
    PlanService service = new PlanService(new InMemoryPlanRepository(), events);
    PlanId id = PlanId.of("p-1");
    service.propose(
        CollectionsFixtures.plan(
                ACC, List.of(DEBT), id.value(), "90", Frequency.WEEKLY, "2026-06-01")
            .graceDays(2)
            .equalInstallments(3));
    Instant june2 = Instant.parse("2026-06-02T12:00:00Z");
    assertThat(service.pausedDebts(ACC, june2)).isEmpty();
    service.accept(id);
    service.pay(id, Money.of("30", "USD"), june2);
    assertThat(service.pausedDebts(ACC, june2)).containsExactly(DEBT);
    assertThat(service.defaultOverdue(Instant.parse("2026-06-10T12:00:00Z"))).isEmpty();
    List<PaymentPlan> defaulted = service.defaultOverdue(Instant.parse("2026-06-11T12:00:00Z"));
    assertThat(defaulted)
        .singleElement()
        .satisfies(p -> assertThat(p.status()).isEqualTo(PlanStatus.DEFAULTED));
    assertThat(events.published(PlanDefaulted.class)).hasSize(1);
    assertThat(service.pausedDebts(ACC, Instant.parse("2026-06-11T12:00:00Z"))).isEmpty();
  }

  @Test
  void promiseServiceAppliesPaymentsOldestFirstAndResolvesDuePromises() {
    PromiseService service = new PromiseService(new InMemoryPromiseRepository(), events);
    Instant t0 = Instant.parse("2026-06-01T12:00:00Z");
    service.record(CollectionsFixtures.promise(ACC, DEBT, "p1", "50", "2026-06-05", t0).build());
    service.record(
        CollectionsFixtures.promise(ACC, DEBT, "p2", "50", "2026-06-12", t0.plusSeconds(60))
            .build());
    List<PromiseToPay> changed =
        service.applyPayment(DEBT, Money.of("70", "USD"), t0.plusSeconds(3600));
    assertThat(changed)
        .extracting(PromiseToPay::status)
        .containsExactly(PromiseStatus.KEPT, PromiseStatus.PROMISED);
    assertThat(changed.get(1).paid()).isEqualTo(Money.of("20", "USD"));
    assertThat(events.published(PromiseKept.class)).hasSize(1);
    assertThat(service.resolveDue(Instant.parse("2026-06-12T23:00:00Z"))).isEmpty();
    assertThat(service.resolveDue(Instant.parse("2026-06-13T00:00:00Z")))
        .singleElement()
        .satisfies(p -> assertThat(p.status()).isEqualTo(PromiseStatus.PARTIALLY_KEPT));
    assertThat(events.published(PromiseBroken.class)).hasSize(1);
  }
}
