package dev.revops.testkit.fault.collections;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.collections.plan.Frequency;
import dev.revops.collections.plan.PaymentPlan;
import dev.revops.collections.plan.PlanCompleted;
import dev.revops.collections.plan.PlanDefaulted;
import dev.revops.collections.plan.PlanId;
import dev.revops.collections.plan.PlanStatus;
import dev.revops.collections.service.PlanService;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.testkit.fault.FaultPlan;
import dev.revops.testkit.fault.FaultScenario;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Two payment plans under every fault: one proposed, accepted and paid off ({@link PlanCompleted}),
 * one proposed, accepted and defaulted past grace ({@link PlanDefaulted}). Right after the fault
 * each plan's state and its event are committed together or not at all; the host then moves each
 * plan on from what is stored (propose if missing, accept if proposed, pay if unpaid, default the
 * overdue) and runs the relay; the books are those of a run without a fault: each plan ended once,
 * each event delivered once, none invented, and the active-plan queries no longer return them.
 */
public final class PlanScenario implements FaultScenario<CollectionsWorld> {
  static final AccountId ACCOUNT = AccountId.of("acc-plan");
  static final PlanId PAID_OFF = PlanId.of("plan-paid");
  static final PlanId DEFAULTS = PlanId.of("plan-default");
  static final Money BALANCE = Money.of("90", "USD");
  static final Instant PAID = Instant.parse("2026-06-02T12:00:00Z");
  static final Instant CHECKED = Instant.parse("2026-06-05T12:00:00Z");

  private final CollectionsBackend backend;

  /**
   * Creates the scenario.
   *
   * @param backend the adapters to run on (never null)
   */
  public PlanScenario(CollectionsBackend backend) {
    this.backend = requireNonNull(backend, "backend");
  }

  static PaymentPlan plan(PlanId id, String debt, String firstDue) {
    return PaymentPlan.builder()
        .id(id)
        .account(ACCOUNT)
        .debts(List.of(ReceivableId.of(debt)))
        .balance(BALANCE)
        .frequency(Frequency.WEEKLY)
        .firstDue(LocalDate.parse(firstDue))
        .graceDays(2)
        .zone(ZoneOffset.UTC)
        .equalInstallments(3);
  }

  static PaymentPlan paidOff() {
    return plan(PAID_OFF, "inv-plan-1", "2026-06-15");
  }

  static PaymentPlan defaults() {
    return plan(DEFAULTS, "inv-plan-2", "2026-06-01");
  }

  @Override
  public CollectionsWorld newWorld(FaultPlan plan) {
    return new CollectionsWorld(backend, plan);
  }

  @Override
  public void run(CollectionsWorld world) {
    PlanService plans = world.module().plans();
    if (stored(world, PAID_OFF).isEmpty()) {
      plans.propose(paidOff());
    }
    plans.accept(PAID_OFF);
    plans.pay(PAID_OFF, BALANCE, PAID);
    plans.propose(defaults());
    plans.accept(DEFAULTS);
    plans.defaultOverdue(CHECKED);
  }

  @Override
  public void recover(CollectionsWorld world) {
    List<DomainEvent> events = world.committedEvents();
    assertThat(events.stream().anyMatch(PlanCompleted.class::isInstance))
        .as(
            "right after the fault: %s and %s",
            stored(world, PAID_OFF), CollectionsWorld.ids(events))
        .isEqualTo(status(world, PAID_OFF) == PlanStatus.COMPLETED);
    assertThat(events.stream().anyMatch(PlanDefaulted.class::isInstance))
        .as(
            "right after the fault: %s and %s",
            stored(world, DEFAULTS), CollectionsWorld.ids(events))
        .isEqualTo(status(world, DEFAULTS) == PlanStatus.DEFAULTED);
    PlanService plans = world.module().plans();
    if (stored(world, PAID_OFF).isEmpty()) {
      plans.propose(paidOff());
    }
    if (status(world, PAID_OFF) == PlanStatus.PROPOSED) {
      plans.accept(PAID_OFF);
    }
    if (status(world, PAID_OFF) == PlanStatus.ACTIVE) {
      plans.pay(PAID_OFF, BALANCE, PAID);
    }
    if (stored(world, DEFAULTS).isEmpty()) {
      plans.propose(defaults());
    }
    if (status(world, DEFAULTS) == PlanStatus.PROPOSED) {
      plans.accept(DEFAULTS);
    }
    plans.defaultOverdue(CHECKED);
    world.deliver();
  }

  private static Optional<PaymentPlan> stored(CollectionsWorld world, PlanId id) {
    return world.raw().plans().find(id);
  }

  private static PlanStatus status(CollectionsWorld world, PlanId id) {
    return stored(world, id).map(PaymentPlan::status).orElse(null);
  }

  @Override
  public void check(CollectionsWorld world) {
    assertThat(status(world, PAID_OFF)).isEqualTo(PlanStatus.COMPLETED);
    assertThat(status(world, DEFAULTS)).isEqualTo(PlanStatus.DEFAULTED);
    assertThat(world.pendingEvents()).as("events left in the outbox").isEmpty();
    List<DomainEvent> delivered = world.delivered();
    assertThat(delivered)
        .as("events delivered: %s", CollectionsWorld.ids(delivered))
        .hasSize(2)
        .hasOnlyElementsOfTypes(PlanCompleted.class, PlanDefaulted.class)
        .extracting(DomainEvent::aggregateId)
        .containsExactlyInAnyOrder(PAID_OFF.value(), DEFAULTS.value());
    assertThat(world.raw().plans().activeForAccount(ACCOUNT)).as("active plans").isEmpty();
    assertThat(world.raw().plans().activeDefaultingBy(CHECKED.plusSeconds(86_400 * 60), 10))
        .as("active plans past grace")
        .isEmpty();
  }
}
