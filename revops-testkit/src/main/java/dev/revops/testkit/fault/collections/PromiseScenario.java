package dev.revops.testkit.fault.collections;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.collections.promise.PromiseBroken;
import dev.revops.collections.promise.PromiseId;
import dev.revops.collections.promise.PromiseKept;
import dev.revops.collections.promise.PromiseStatus;
import dev.revops.collections.promise.PromiseToPay;
import dev.revops.collections.service.PromiseService;
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
 * A promise to pay made and then kept (paid in full) or broken (its deadline passes unpaid), under
 * every fault. Right after the fault the promise's state and its event are committed together or
 * not at all; the host then retries what did not take effect (judged from what is stored: the
 * promise is missing, or still unpaid) and runs the relay; the books are those of a run without a
 * fault: the promise resolved once, its one event delivered once, and the open-promise queries (by
 * debt, by deadline) no longer return it.
 */
public final class PromiseScenario implements FaultScenario<CollectionsWorld> {
  /** How the promise ends. */
  public enum Ending {
    /** Paid in full before the deadline: {@link PromiseKept}. */
    KEPT,
    /** The deadline passes unpaid: {@link PromiseBroken}. */
    BROKEN
  }

  static final AccountId ACCOUNT = AccountId.of("acc-ptp");
  static final ReceivableId DEBT = ReceivableId.of("inv-ptp");
  static final PromiseId ID = PromiseId.of("ptp-1");
  static final Money AMOUNT = Money.of("75", "USD");
  static final Instant MADE = Instant.parse("2026-06-01T12:00:00Z");
  static final Instant PAID = Instant.parse("2026-06-03T12:00:00Z");
  static final Instant AFTER_DEADLINE = Instant.parse("2026-06-10T00:00:00Z");

  private final CollectionsBackend backend;
  private final Ending ending;

  /**
   * Creates the scenario.
   *
   * @param backend the adapters to run on (never null)
   * @param ending how the promise ends (never null)
   */
  public PromiseScenario(CollectionsBackend backend, Ending ending) {
    this.backend = requireNonNull(backend, "backend");
    this.ending = requireNonNull(ending, "ending");
  }

  static PromiseToPay promise() {
    return PromiseToPay.builder()
        .id(ID)
        .account(ACCOUNT)
        .debt(DEBT)
        .amount(AMOUNT)
        .promisedFor(LocalDate.parse("2026-06-05"))
        .graceDays(1)
        .tolerance(Money.of("0", "USD"))
        .zone(ZoneOffset.UTC)
        .madeAt(MADE)
        .build();
  }

  @Override
  public CollectionsWorld newWorld(FaultPlan plan) {
    return new CollectionsWorld(backend, plan);
  }

  @Override
  public void run(CollectionsWorld world) {
    PromiseService promises = world.module().promises();
    promises.record(promise());
    resolve(promises);
  }

  private void resolve(PromiseService promises) {
    if (ending == Ending.KEPT) {
      promises.applyPayment(DEBT, AMOUNT, PAID);
    } else {
      promises.resolveDue(AFTER_DEADLINE);
    }
  }

  @Override
  public void recover(CollectionsWorld world) {
    Optional<PromiseToPay> stored = world.raw().promises().find(ID);
    boolean resolved = stored.isPresent() && stored.get().status() != PromiseStatus.PROMISED;
    List<DomainEvent> events = world.committedEvents();
    assertThat(!events.isEmpty())
        .as("right after the fault: promise %s, events %s", stored, CollectionsWorld.ids(events))
        .isEqualTo(resolved);
    PromiseService promises = world.module().promises();
    if (stored.isEmpty()) {
      promises.record(promise());
    }
    if (!resolved) {
      resolve(promises);
    }
    world.deliver();
  }

  @Override
  public void check(CollectionsWorld world) {
    PromiseToPay stored = world.raw().promises().get(ID);
    Class<? extends DomainEvent> expected;
    if (ending == Ending.KEPT) {
      assertThat(stored.status()).isEqualTo(PromiseStatus.KEPT);
      assertThat(stored.paid()).as("paid once").isEqualTo(AMOUNT);
      expected = PromiseKept.class;
    } else {
      assertThat(stored.status()).isEqualTo(PromiseStatus.BROKEN);
      expected = PromiseBroken.class;
    }
    assertThat(world.pendingEvents()).as("events left in the outbox").isEmpty();
    assertThat(world.delivered())
        .as("events delivered: %s", CollectionsWorld.ids(world.delivered()))
        .singleElement()
        .isInstanceOf(expected);
    assertThat(world.raw().promises().openForDebt(DEBT)).as("open for the debt").isEmpty();
    assertThat(world.raw().promises().openExpiredBy(AFTER_DEADLINE.plusSeconds(86_400), 10))
        .as("open past the deadline")
        .isEmpty();
  }
}
