package dev.revops.testkit.fault.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.testkit.fault.FaultSweep;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The billing fault suite on the in-memory adapters: every counted call of every use case (the
 * repositories, the idempotency store, the outbox's appends, the gateway and each commit) failed
 * before and after it happens, then recovered and checked.
 */
class InMemoryBillingFaultTest {
  static List<BillingFaultScenarios.Named> scenarios() {
    return BillingFaultScenarios.all(BillingAdapters.inMemory());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void everyFaultIsRecoveredWithTheBooksIntact(BillingFaultScenarios.Named named) {
    FaultSweep.Report report = FaultSweep.run(named.scenario());
    assertThat(report.calls()).as("calls of %s", named.name()).isGreaterThan(5);
    // only the use case's calls are counted (the recovery runs disarmed), so each is struck twice
    assertThat(report.faultsInjected())
        .as("every call struck once in each mode")
        .isEqualTo(2 * report.calls());
  }
}
