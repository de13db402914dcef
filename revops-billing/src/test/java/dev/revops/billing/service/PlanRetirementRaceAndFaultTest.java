package dev.revops.billing.service;

import static dev.revops.billing.retirement.RetirementFixtures.CATALOG;
import static dev.revops.billing.retirement.RetirementFixtures.UTC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.port.PlanMigrationRepository;
import dev.revops.billing.port.SubscriptionRepository;
import dev.revops.billing.port.memory.InMemoryPlanMigrationRepository;
import dev.revops.billing.port.memory.InMemoryPlanRetirements;
import dev.revops.billing.port.memory.InMemorySubscriptionRepository;
import dev.revops.billing.retirement.Due;
import dev.revops.billing.retirement.MigrationStatus;
import dev.revops.billing.retirement.PlanMigration;
import dev.revops.billing.retirement.PlanMigrationId;
import dev.revops.billing.retirement.PlanRetirement;
import dev.revops.billing.retirement.RetirementEvents.RetirementNoticeSent;
import dev.revops.billing.retirement.RetirementEvents.SubscriberMigrated;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionEvents.SubscriptionChanged;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.port.OutboxEntry;
import dev.revops.core.port.memory.InMemoryLocks;
import dev.revops.core.port.memory.InMemoryOutbox;
import dev.revops.core.port.memory.InMemoryUnitOfWork;
import dev.revops.core.time.ManualClock;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two app instances (each its own unit of work and service, sharing the stores and the outbox as
 * they would share a database) running the jobs at the same moment, and stores that fail at every
 * step: each subscriber is notified once and migrated once, and a failure loses nothing.
 */
class PlanRetirementRaceAndFaultTest {
  static final int SUBSCRIBERS = 12;
  static final LocalDate FROM = LocalDate.of(2026, 3, 1);

  /** The shared world of one round. */
  static final class World {
    final ManualClock clock =
        new ManualClock(LocalDate.of(2026, 1, 10).atTime(9, 0).atZone(UTC).toInstant(), UTC);
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final InMemorySubscriptionRepository subs = new InMemorySubscriptionRepository();
    final InMemoryPlanMigrationRepository migrations = new InMemoryPlanMigrationRepository();
    final InMemoryPlanRetirements retirements = new InMemoryPlanRetirements(CATALOG);
    final InMemoryLocks locks = new InMemoryLocks(); // shared, as a database's row locks are

    World() {
      SubscriptionService seller = new SubscriptionService(subs, CATALOG, context(), retirements);
      for (int i = 0; i < SUBSCRIBERS; i++) {
        seller.create(
            NewSubscription.builder()
                .id(SubscriptionId.of("s-" + i))
                .account(AccountId.of("acct-" + i))
                .currency(Money.currency("USD"))
                .zone(UTC)
                .plan(CATALOG.plan("legacy"))
                .startDate(LocalDate.of(2026, 1, 10))
                .quantity(1 + i % 3)
                .build());
      }
      retirements.retire(PlanRetirement.of("legacy", FROM, "standard"));
    }

    BillingContext context() {
      return new BillingContext(new InMemoryUnitOfWork(), outbox, clock);
    }

    PlanRetirementService instance(SubscriptionRepository s, PlanMigrationRepository m) {
      return new PlanRetirementService(
          new PlanRetirementService.Ports(s, m, retirements, locks), CATALOG, context());
    }

    PlanRetirementService instance() {
      return instance(subs, migrations);
    }

    void on(int month, int day) {
      clock.setInstant(LocalDate.of(2026, month, day).atTime(9, 0).atZone(UTC).toInstant());
    }

    <T extends DomainEvent> Map<String, Long> countBySubscription(
        Class<T> type, Function<T, String> subscription) {
      return outbox.pending(100_000).stream()
          .map(OutboxEntry::event)
          .filter(type::isInstance)
          .map(type::cast)
          .collect(Collectors.groupingBy(subscription, Collectors.counting()));
    }

    void assertEachNotifiedAndMigratedOnce() {
      assertThat(countBySubscription(RetirementNoticeSent.class, e -> e.subscription().value()))
          .hasSize(SUBSCRIBERS)
          .allSatisfy((id, n) -> assertThat(n).as("notices of %s", id).isEqualTo(1));
      assertThat(countBySubscription(SubscriptionChanged.class, e -> e.subscription().value()))
          .hasSize(SUBSCRIBERS)
          .allSatisfy((id, n) -> assertThat(n).as("changes of %s", id).isEqualTo(1));
      assertThat(countBySubscription(SubscriberMigrated.class, e -> e.subscription().value()))
          .hasSize(SUBSCRIBERS)
          .allSatisfy((id, n) -> assertThat(n).as("migrations of %s", id).isEqualTo(1));
      for (Subscription s : subs.findAll()) {
        assertThat(s.segments()).extracting(g -> g.planId()).containsExactly("legacy", "standard");
        assertThat(s.segmentOn(LocalDate.of(2026, 3, 10)).planId()).isEqualTo("standard");
        PlanMigration m = migrations.get(PlanMigrationId.of("legacy", s.id()));
        assertThat(m.status()).isEqualTo(MigrationStatus.MIGRATED);
        assertThat(m.effectiveOn()).isEqualTo(LocalDate.of(2026, 3, 10));
      }
    }
  }

  static List<PlanRetirementService.Run> race(
      ExecutorService pool,
      Function<PlanRetirementService, PlanRetirementService.Run> job,
      PlanRetirementService... instances)
      throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    List<Future<PlanRetirementService.Run>> futures = new ArrayList<>();
    for (PlanRetirementService p : instances) {
      futures.add(
          pool.submit(
              () -> {
                gate.await();
                return job.apply(p);
              }));
    }
    gate.countDown();
    List<PlanRetirementService.Run> runs = new ArrayList<>();
    for (Future<PlanRetirementService.Run> f : futures) {
      runs.add(f.get(30, TimeUnit.SECONDS));
    }
    return runs;
  }

  @Test
  void twoInstancesRunningTheJobsTogetherNotifyAndMigrateEachSubscriberOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 200; round++) {
        World w = new World();
        PlanRetirementService one = w.instance();
        PlanRetirementService two = w.instance();
        w.on(2, 8);
        List<PlanRetirementService.Run> notices =
            race(pool, p -> p.sendDueNotices("legacy"), one, two);
        w.on(2, 10);
        List<PlanRetirementService.Run> moves = race(pool, p -> p.migrateDue("legacy"), one, two);

        for (List<PlanRetirementService.Run> runs : List.of(notices, moves)) {
          List<SubscriptionId> done = new ArrayList<>();
          runs.forEach(r -> r.applied().forEach(d -> done.add(d.subscription())));
          assertThat(done)
              .as("round %d: each once", round)
              .doesNotHaveDuplicates()
              .hasSize(SUBSCRIBERS);
          runs.forEach(r -> assertThat(r.failed()).isEmpty());
        }
        w.assertEachNotifiedAndMigratedOnce();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * {@code store} behind its port, except that the k-th save counted in {@code saves} (shared by
   * the stores of one round) fails once, naming the store; every call goes to {@code store}.
   */
  static <R> R failingAt(Class<R> port, R store, String name, AtomicInteger saves, int failAt) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getName().equals("save") && saves.incrementAndGet() == failAt) {
            throw new IllegalStateException("injected: " + name + " store down");
          }
          try {
            return method.invoke(store, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
  }

  @Test
  void aFailureAtAnyStoreStepLosesNothingAndTheNextRunFinishesWithoutDuplicates() {
    // notices make SUBSCRIBERS saves, migrations 2 x SUBSCRIBERS: fail each of them in turn
    int steps = 3 * SUBSCRIBERS;
    for (int k = 1; k <= steps; k++) {
      World w = new World();
      AtomicInteger saves = new AtomicInteger();
      PlanRetirementService faulty =
          w.instance(
              failingAt(SubscriptionRepository.class, w.subs, "subscription", saves, k),
              failingAt(PlanMigrationRepository.class, w.migrations, "migration", saves, k));
      PlanRetirementService healthy = w.instance();
      w.on(2, 8);
      PlanRetirementService.Run notices = faulty.sendDueNotices("legacy");
      healthy.sendDueNotices("legacy"); // a retry the same day sends only the failed notice
      w.on(2, 10);
      PlanRetirementService.Run moves = faulty.migrateDue("legacy");
      int failed = notices.failed().size() + moves.failed().size();
      assertThat(failed).as("step %d: exactly one subscriber failed", k).isEqualTo(1);
      assertThat(notices.applied().size() + moves.done(Due.MIGRATE_AT_RENEWAL).size())
          .as("step %d: the others proceeded", k)
          .isEqualTo(2 * SUBSCRIBERS - 1);
      if (!moves.failed().isEmpty()) {
        SubscriptionId victim = moves.failed().keySet().iterator().next();
        assertThat(w.subs.get(victim).segments()).as("step %d: nothing half-done", k).hasSize(1);
        assertThat(migrations(w, victim).status()).isEqualTo(MigrationStatus.NOTIFIED);
      }
      // the next runs (no faults) finish the victim, and nobody twice
      healthy.migrateDue("legacy");
      healthy.migrateDue("legacy");
      w.assertEachNotifiedAndMigratedOnce();
    }
  }

  static PlanMigration migrations(World w, SubscriptionId id) {
    return w.migrations.get(PlanMigrationId.of("legacy", id));
  }

  @Test
  void aChangeCommittedWithoutItsRecordIsRecordedNotMadeAgain() {
    World w = new World();
    PlanRetirementService service = w.instance();
    w.on(2, 8);
    service.sendDueNotices("legacy");
    w.on(2, 10);
    // a host whose unit of work is not atomic crashed after the subscription's save
    SubscriptionService direct = new SubscriptionService(w.subs, CATALOG, w.context());
    direct.changePlan(
        SubscriptionId.of("s-0"),
        "standard",
        1,
        dev.revops.billing.subscription.ChangeTiming.END_OF_TERM,
        dev.revops.billing.subscription.ProrationMode.CREATE_PRORATIONS);
    service.migrateDue("legacy");
    w.assertEachNotifiedAndMigratedOnce();
  }
}
