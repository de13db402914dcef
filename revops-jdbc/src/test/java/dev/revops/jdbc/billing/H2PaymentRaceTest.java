package dev.revops.jdbc.billing;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import dev.revops.testkit.fault.billing.BillingAdapters;
import dev.revops.testkit.fault.billing.PaymentRaceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** revops-testkit's payment races (refunds, one key) on H2, with real connections. */
class H2PaymentRaceTest extends PaymentRaceContract {
  private static RevOpsDatabase db;

  @BeforeAll
  static void open() {
    db = TestDatabases.h2("payment-race");
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Override
  protected BillingAdapters adapters() {
    return JdbcBillingAdapters.of(db);
  }
}
