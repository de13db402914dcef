package dev.revops.jdbc.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.testkit.fault.FaultSweep;
import dev.revops.testkit.fault.billing.BillingFaultScenarios;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * revops-testkit's billing fault sweep (every call struck, in every mode) on one database, opened
 * before the class's scenarios and closed after them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BillingFaultContract {
  private RevOpsDatabase db;

  /** Opens the database the sweep runs on. */
  abstract RevOpsDatabase open();

  /** Closes what {@link #open()} opened. */
  abstract void close(RevOpsDatabase db);

  @BeforeAll
  void openDatabase() {
    db = open();
  }

  @AfterAll
  void closeDatabase() {
    close(db);
  }

  List<BillingFaultScenarios.Named> scenarios() {
    return BillingFaultScenarios.all(JdbcBillingAdapters.of(db));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void everyFaultIsRecoveredWithTheBooksIntact(BillingFaultScenarios.Named named) {
    FaultSweep.Report report = FaultSweep.run(named.scenario());
    assertThat(report.calls()).as("calls of %s", named.name()).isGreaterThan(5);
    assertThat(report.faultsInjected()).isEqualTo(2 * report.calls());
  }
}
