package dev.revops.jdbc.sales;

import dev.revops.jdbc.RequiresPostgres;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import dev.revops.testkit.fault.sales.SalesAdapters;
import dev.revops.testkit.fault.sales.SalesFaultContract;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** revops-testkit's sales fault sweep on PostgreSQL, in a schema of its own. */
@ExtendWith(RequiresPostgres.class)
class PostgresSalesFaultTest extends SalesFaultContract {
  private static TestDatabases.PostgresSchema schema;
  private static RevOpsDatabase db;

  @BeforeAll
  static void open() {
    schema = TestDatabases.postgres("sales_faults");
    db = schema.open(Clock.systemUTC());
  }

  @AfterAll
  static void close() {
    schema.close();
  }

  /** Fresh adapters on empty tables. */
  @Override
  protected SalesAdapters newAdapters() {
    return JdbcSalesAdapters.fresh(db);
  }
}
