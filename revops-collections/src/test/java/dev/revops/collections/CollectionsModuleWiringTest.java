package dev.revops.collections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.collections.compliance.CollectionsContactPolicy;
import dev.revops.collections.plan.Frequency;
import dev.revops.collections.plan.PaymentPlan;
import dev.revops.collections.plan.PlanDefaulted;
import dev.revops.collections.plan.PlanId;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.InMemoryLocks;
import dev.revops.core.port.memory.InMemoryOutbox;
import dev.revops.core.port.memory.InMemoryUnitOfWork;
import dev.revops.core.time.BusinessCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The builder's wiring convention: by default an in-memory unit of work, an outbox and a relay that
 * delivers to the host's publisher after each commit; with a given outbox, no relay and nothing
 * delivered until the host delivers.
 */
class CollectionsModuleWiringTest {
  final InMemoryEventPublisher events = new InMemoryEventPublisher();

  CollectionsModule.Builder builder() {
    return CollectionsModule.builder()
        .stores(CollectionsModule.Stores.inMemory())
        .events(events)
        .clock(Clock.systemUTC())
        .contactPolicy(
            CollectionsContactPolicy.standard(BusinessCalendar.builder(ZoneOffset.UTC).build()));
  }

  static void defaultAPlan(CollectionsModule m) {
    PlanId id = PlanId.of("p");
    m.plans()
        .propose(
            PaymentPlan.builder()
                .id(id)
                .account(AccountId.of("a"))
                .debts(List.of(ReceivableId.of("r")))
                .balance(Money.of("90", "USD"))
                .frequency(Frequency.WEEKLY)
                .firstDue(LocalDate.parse("2026-06-01"))
                .graceDays(0)
                .zone(ZoneOffset.UTC)
                .equalInstallments(3));
    m.plans().accept(id);
    m.plans().defaultOverdue(Instant.parse("2026-06-03T00:00:00Z"));
  }

  @Test
  void byDefaultEventsReachTheHostRightAfterEachCommit() {
    CollectionsModule m = builder().build();
    assertThat(m.unitOfWork()).isInstanceOf(InMemoryUnitOfWork.class);
    assertThat(m.relay()).isPresent();
    defaultAPlan(m);
    assertThat(events.published(PlanDefaulted.class)).hasSize(1);
    assertThat(m.outbox().pendingCount()).isZero();
    assertThat(m.outbox().deliveredCount()).isEqualTo(1);
  }

  @Test
  void withAGivenOutboxTheHostOwnsDelivery() {
    InMemoryOutbox outbox = new InMemoryOutbox();
    InMemoryLocks locks = new InMemoryLocks();
    CollectionsModule m =
        builder().outbox(outbox).unitOfWork(new InMemoryUnitOfWork()).locks(locks).build();
    assertThat(m.relay()).isEmpty();
    assertThat(m.locks()).isSameAs(locks);
    defaultAPlan(m);
    assertThat(events.published()).isEmpty();
    assertThat(outbox.pendingCount()).isEqualTo(1);
  }
}
