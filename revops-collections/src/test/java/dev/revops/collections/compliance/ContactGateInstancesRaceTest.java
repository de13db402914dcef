package dev.revops.collections.compliance;

import static dev.revops.collections.compliance.ComplianceFixtures.ACC;
import static dev.revops.collections.compliance.ComplianceFixtures.CALENDAR;
import static dev.revops.collections.compliance.ComplianceFixtures.DEBT;
import static dev.revops.collections.compliance.ComplianceFixtures.NY;
import static dev.revops.collections.compliance.ComplianceFixtures.consenting;
import static dev.revops.collections.compliance.ComplianceFixtures.noticed;
import static dev.revops.collections.compliance.ComplianceFixtures.ny;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.collections.activity.Activity;
import dev.revops.collections.activity.ActivityType;
import dev.revops.collections.port.memory.InMemoryActivityLog;
import dev.revops.collections.port.memory.InMemoryPaymentStatus;
import dev.revops.collections.service.ContactGate;
import dev.revops.collections.service.GateResult;
import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactOutcome;
import dev.revops.core.port.memory.InMemoryLocks;
import dev.revops.core.port.memory.InMemoryUnitOfWork;
import dev.revops.core.port.memory.SequentialIdGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules over a debt's history hold across gate instances: several {@link ContactGate}s over one
 * activity log (as several instances of a host's application over one database), with real threads
 * behind a start gate, 200 rounds each. No round places an eighth call in seven days, and no call
 * is allowed after a conversation was logged, however the outcome races the decisions.
 */
class ContactGateInstancesRaceTest {
  static final int ROUNDS = 200;
  static final int THREADS = 8;

  static ExecutorService pool;

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void stopPool() {
    pool.shutdownNow();
  }

  /**
   * One round's world: one log and one {@code Locks} shared by every gate, each gate with a unit of
   * work of its own (as each instance of a host's application has).
   */
  static final class Shared {
    final InMemoryActivityLog log = new InMemoryActivityLog();
    final InMemoryLocks locks = new InMemoryLocks();
    final InMemoryPaymentStatus payments = new InMemoryPaymentStatus();
    final List<ContactGate> gates = new ArrayList<>();

    Shared(int instances) {
      for (int i = 0; i < instances; i++) {
        gates.add(
            new ContactGate(
                CollectionsContactPolicy.forJurisdiction(Jurisdiction.ALL_RULES, CALENDAR),
                log,
                payments,
                new SequentialIdGenerator("g" + i + "-"),
                new InMemoryUnitOfWork(),
                locks));
      }
    }

    ContactGate gate(int i) {
      return gates.get(i % gates.size());
    }
  }

  static IntendedContact call(Instant at) {
    return IntendedContact.builder()
        .account(ACC)
        .debt(DEBT)
        .preferences(consenting())
        .zones(Set.of(NY))
        .channel(Channel.PHONE)
        .at(at)
        .kind(ContactKind.COLLECTION)
        .facts(noticed())
        .build();
  }

  /** Two calls per thread, 16 in one day: seven are allowed, whatever the interleaving. */
  @ParameterizedTest(name = "{0} gates")
  @ValueSource(ints = {2, 4})
  void gatesOnOneLogNeverAllowAnEighthCallInSevenDays(int instances) throws Exception {
    int over = 0;
    long maxAllowed = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Shared w = new Shared(instances);
      List<Callable<Object>> tasks = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        tasks.add(
            () -> {
              for (int k = 0; k < 2; k++) {
                int slot = thread * 2 + k;
                w.gate(thread)
                    .attempt(
                        call(
                            ny(
                                String.format(
                                    "2026-06-01T%02d:%02d", 9 + slot / 4, slot % 4 * 15))));
              }
              return null;
            });
      }
      runTogether(tasks);
      long allowed = count(w.log.forDebt(DEBT), ActivityType.ATTEMPT_ALLOWED);
      maxAllowed = Math.max(maxAllowed, allowed);
      if (allowed > 7) {
        over++;
      }
      assertThat(allowed + count(w.log.forDebt(DEBT), ActivityType.ATTEMPT_BLOCKED))
          .isEqualTo(2 * THREADS);
    }
    assertThat(over)
        .as("rounds of %s with an eighth call in 7 days (most allowed: %s)", ROUNDS, maxAllowed)
        .isZero();
  }

  /**
   * A conversation on the first call is logged while other threads (on other gates) decide on later
   * calls the same day: in log order, no call is allowed after the conversation's outcome.
   */
  @ParameterizedTest(name = "{0} gates")
  @ValueSource(ints = {2, 4})
  void anOutcomeRacingDecisionsKeepsTheCallAfterConversationRule(int instances) throws Exception {
    int violations = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Shared w = new Shared(instances);
      GateResult first = w.gate(0).attempt(call(ny("2026-06-01T09:00")));
      assertThat(first.status()).isEqualTo(GateResult.Status.ALLOWED);
      List<Callable<Object>> tasks = new ArrayList<>();
      tasks.add(
          () ->
              w.gate(1)
                  .recordOutcome(
                      first.entry().id(),
                      ContactOutcome.RIGHT_PARTY_CONTACT,
                      ny("2026-06-01T09:05"),
                      ""));
      for (int t = 1; t < 6; t++) {
        int thread = t;
        tasks.add(
            () -> w.gate(thread).attempt(call(ny(String.format("2026-06-01T1%d:00", thread)))));
      }
      runTogether(tasks);
      boolean talked = false;
      for (Activity a : w.log.forDebt(DEBT)) {
        if (a.type() == ActivityType.OUTCOME && a.outcome().isConversation()) {
          talked = true;
        } else if (talked && a.type() == ActivityType.ATTEMPT_ALLOWED) {
          violations++;
          break;
        }
      }
      assertThat(talked).isTrue();
    }
    assertThat(violations)
        .as("rounds of %s with a call allowed after the conversation was logged", ROUNDS)
        .isZero();
  }

  static long count(List<Activity> entries, ActivityType type) {
    return entries.stream().filter(a -> a.type() == type).count();
  }

  static void runTogether(List<Callable<Object>> tasks) throws Exception {
    CountDownLatch ready = new CountDownLatch(tasks.size());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Object>> futures = new ArrayList<>();
    for (Callable<Object> task : tasks) {
      futures.add(
          pool.submit(
              () -> {
                ready.countDown();
                start.await();
                return task.call();
              }));
    }
    ready.await();
    start.countDown();
    for (Future<Object> f : futures) {
      f.get(10, TimeUnit.SECONDS);
    }
  }
}
