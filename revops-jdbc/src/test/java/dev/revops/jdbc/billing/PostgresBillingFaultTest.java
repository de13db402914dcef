package dev.revops.jdbc.billing;

import dev.revops.jdbc.RequiresPostgres;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import java.time.Clock;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * revops-testkit's billing fault sweep (every call struck, in every mode) on PostgreSQL, in a
 * schema of its own.
 */
@ExtendWith(RequiresPostgres.class)
class PostgresBillingFaultTest extends BillingFaultContract {
  private TestDatabases.PostgresSchema schema;

  @Override
  RevOpsDatabase open() {
    schema = TestDatabases.postgres("billing_faults");
    return schema.open(Clock.systemUTC());
  }

  @Override
  void close(RevOpsDatabase db) {
    schema.close();
  }
}
