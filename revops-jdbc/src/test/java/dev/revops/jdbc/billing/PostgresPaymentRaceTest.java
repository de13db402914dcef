package dev.revops.jdbc.billing;

import dev.revops.jdbc.RequiresPostgres;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import dev.revops.testkit.fault.billing.BillingAdapters;
import dev.revops.testkit.fault.billing.PaymentRaceContract;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** revops-testkit's payment races (refunds, one key) on PostgreSQL, with real connections. */
@ExtendWith(RequiresPostgres.class)
class PostgresPaymentRaceTest extends PaymentRaceContract {
  private static TestDatabases.PostgresSchema schema;
  private static RevOpsDatabase db;

  @BeforeAll
  static void open() {
    schema = TestDatabases.postgres("payment_race");
    db = schema.open(Clock.systemUTC());
  }

  @AfterAll
  static void close() {
    schema.close();
  }

  @Override
  protected BillingAdapters adapters() {
    return JdbcBillingAdapters.of(db);
  }
}
