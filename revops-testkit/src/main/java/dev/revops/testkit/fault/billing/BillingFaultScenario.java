package dev.revops.testkit.fault.billing;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.PaymentStatus;
import dev.revops.core.event.DomainEvent;
import dev.revops.testkit.fault.FaultPlan;
import dev.revops.testkit.fault.FaultScenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A billing use case under every single fault, with the books every such case must keep. A subclass
 * seeds the world (through {@link BillingFaultWorld#setup()}, not faulted), runs the use case and
 * replays it the way a host would (the same call with the same idempotency key). The recovery is
 * the replay, then {@link dev.revops.billing.Billing#recovery()}, then the replay again, then the
 * relay. The checks:
 *
 * <ul>
 *   <li>no payment is left {@code NEW}, {@code PENDING} or {@code UNKNOWN}, nor with a reserved
 *       refund;
 *   <li>each payment's captured and refunded amounts are what the gateway captured and refunded for
 *       it, and no refund exceeds the capture;
 *   <li>money captured at the gateway = money applied to the account's invoices (by payments and by
 *       the credit balance) + the credit balance;
 *   <li>the outbox is empty, the relay handed over no event twice, every delivered event belongs to
 *       a stored aggregate, and the delivered events are those of the fault-free run (their ids,
 *       with each aggregate id replaced by its order of first appearance, since a rolled-back
 *       attempt may have used up an id): none lost, none invented, none twice;
 *   <li>what the subclass checks about its own use case.
 * </ul>
 *
 * <p>{@link dev.revops.testkit.fault.FaultSweep} runs the fault-free run first, and its delivered
 * events become the expected ones; an instance is for one sweep.
 */
public abstract class BillingFaultScenario implements FaultScenario<BillingFaultWorld> {
  private final BillingAdapters adapters;
  private List<String> expectedEvents;

  /**
   * Creates the scenario.
   *
   * @param adapters the adapters each world is built on
   */
  protected BillingFaultScenario(BillingAdapters adapters) {
    this.adapters = requireNonNull(adapters, "adapters");
  }

  /**
   * Seeds a fresh world through {@link BillingFaultWorld#setup()}.
   *
   * @param world the world
   */
  protected abstract void seed(BillingFaultWorld world);

  /**
   * Replays the use case the way a host retries it: the same call, with the same keys.
   *
   * @param world the world
   */
  protected abstract void replay(BillingFaultWorld world);

  /**
   * Checks what is particular to the use case (throw an {@link AssertionError} when it fails).
   *
   * @param world the world after recovery
   */
  protected abstract void checkUseCase(BillingFaultWorld world);

  @Override
  public final BillingFaultWorld newWorld(FaultPlan plan) {
    BillingFaultWorld world = new BillingFaultWorld(adapters, plan);
    seed(world);
    world.endSetup();
    return world;
  }

  @Override
  public void recover(BillingFaultWorld world) {
    replayQuietly(world);
    world.billing().recovery().run();
    replayQuietly(world);
    world.deliver();
  }

  private void replayQuietly(BillingFaultWorld world) {
    try {
      replay(world);
    } catch (RuntimeException e) {
      // what a host sees when a replay meets a transaction still open; the recovery settles it
    }
  }

  @Override
  public final void check(BillingFaultWorld world) {
    for (Payment p : world.payments()) {
      assertThat(p.status())
          .as("status of %s", p.id())
          .isNotIn(PaymentStatus.NEW, PaymentStatus.PENDING, PaymentStatus.UNKNOWN);
      assertThat(p.unresolved()).as("open transaction of %s", p.id()).isEmpty();
      assertThat(p.captured())
          .as("captured of %s = captured at the gateway", p.id())
          .isEqualTo(world.gateway().capturedFor(p.id(), BillingFaultWorld.ZERO));
      assertThat(p.refunded())
          .as("refunded of %s = refunded at the gateway", p.id())
          .isEqualTo(world.gateway().refundedFor(p.id(), BillingFaultWorld.ZERO));
      assertThat(p.refunded().isGreaterThan(p.captured()))
          .as("refund above capture of %s", p.id())
          .isFalse();
    }
    assertThat(world.appliedPlusCredit())
        .as("money applied to invoices + credit balance = money captured at the gateway")
        .isEqualTo(world.gateway().totalCaptured(BillingFaultWorld.ZERO));
    checkEvents(world);
    checkUseCase(world);
  }

  private void checkEvents(BillingFaultWorld world) {
    assertThat(world.outbox().pendingCount()).as("events left in the outbox").isZero();
    assertThat(world.relayed())
        .extracting(DomainEvent::eventId)
        .as("events the relay handed over twice")
        .doesNotHaveDuplicates();
    Set<String> stored = new HashSet<>();
    world.stores().payments().findAll().forEach(p -> stored.add(p.id().value()));
    world.stores().invoices().findAll().forEach(i -> stored.add(i.id().value()));
    world.stores().subscriptions().findAll().forEach(s -> stored.add(s.id().value()));
    for (DomainEvent e : world.delivered()) {
      assertThat(stored)
          .as("aggregate of delivered event %s", e.eventId())
          .contains(e.aggregateId());
    }
    List<String> delivered = normalised(world.delivered());
    if (expectedEvents == null) {
      expectedEvents = delivered;
      assertThat(delivered).as("events of the fault-free run").isNotEmpty();
    } else {
      assertThat(delivered).as("delivered events (normalised ids)").isEqualTo(expectedEvents);
    }
  }

  /** Event ids with each aggregate id replaced by its order of first appearance. */
  static List<String> normalised(List<DomainEvent> events) {
    Map<String, String> names = new HashMap<>();
    List<String> out = new ArrayList<>(events.size());
    for (DomainEvent e : events) {
      String agg = e.aggregateId();
      String name = names.computeIfAbsent(agg, a -> "agg" + (names.size() + 1));
      String id = e.eventId().value();
      String rest = id.startsWith(agg) ? id.substring(agg.length()) : "|" + id;
      out.add(name + rest);
    }
    return out;
  }
}
