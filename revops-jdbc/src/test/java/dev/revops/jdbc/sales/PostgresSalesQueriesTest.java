package dev.revops.jdbc.sales;

import dev.revops.jdbc.RequiresPostgres;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sales query methods against the in-memory defaults, on PostgreSQL. */
@ExtendWith(RequiresPostgres.class)
class PostgresSalesQueriesTest extends SalesQueries {
  private static TestDatabases.PostgresSchema schema;
  private static RevOpsDatabase db;

  @BeforeAll
  static void open() {
    schema = TestDatabases.postgres("sales_queries");
    db = schema.open(Clock.systemUTC());
  }

  @AfterAll
  static void close() {
    schema.close();
  }

  @Override
  RevOpsDatabase db() {
    return db;
  }
}
