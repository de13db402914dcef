package dev.revops.collections.compliance;

import static dev.revops.collections.compliance.ComplianceFixtures.ACC;
import static dev.revops.collections.compliance.ComplianceFixtures.NY;
import static dev.revops.collections.compliance.ComplianceFixtures.consenting;
import static dev.revops.collections.compliance.ComplianceFixtures.noticed;
import static dev.revops.collections.compliance.ComplianceFixtures.ny;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.collections.activity.ActivityType;
import dev.revops.collections.service.GateResult;
import dev.revops.core.consent.Channel;
import dev.revops.core.id.ReceivableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The gate reads, decides and appends per debt in one step: real threads behind a start gate never
 * place an eighth call in seven days on one debt, and debts do not block each other's count.
 */
class ContactGateRaceTest {
  static final int THREADS = 8;
  static final int CALLS_PER_DEBT = 12;

  @RepeatedTest(20)
  void concurrentCallsOnOneDebtNeverExceedSevenInSevenDays() throws Exception {
    ComplianceFixtures f = new ComplianceFixtures();
    List<ReceivableId> debts = List.of(ReceivableId.of("d-1"), ReceivableId.of("d-2"));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<GateResult>> results = new ArrayList<>();
      for (int i = 0; i < CALLS_PER_DEBT; i++) {
        for (ReceivableId debt : debts) {
          String at = String.format("2026-06-01T%02d:%02d", 9 + i / 2, (i % 2) * 30);
          results.add(
              pool.submit(
                  () -> {
                    start.await();
                    return f.gate.attempt(
                        IntendedContact.builder()
                            .account(ACC)
                            .debt(debt)
                            .preferences(consenting())
                            .zones(Set.of(NY))
                            .channel(Channel.PHONE)
                            .at(ny(at))
                            .kind(ContactKind.COLLECTION)
                            .facts(noticed())
                            .build());
                  }));
        }
      }
      start.countDown();
      for (Future<GateResult> r : results) {
        r.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    for (ReceivableId debt : debts) {
      long allowed =
          f.log.forDebt(debt).stream()
              .filter(a -> a.type() == ActivityType.ATTEMPT_ALLOWED)
              .count();
      long blocked =
          f.log.forDebt(debt).stream()
              .filter(a -> a.type() == ActivityType.ATTEMPT_BLOCKED)
              .count();
      assertThat(allowed).as("allowed calls on %s", debt).isEqualTo(7);
      assertThat(blocked).isEqualTo(CALLS_PER_DEBT - 7);
    }
  }
}
