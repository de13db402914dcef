package dev.revops.jdbc;

import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The repository contract on PostgreSQL, in a schema of its own. */
@ExtendWith(RequiresPostgres.class)
class PostgresPortConformanceTest extends PortConformance {
  private static TestDatabases.PostgresSchema schema;
  private static RevOpsDatabase db;

  @BeforeAll
  static void open() {
    schema = TestDatabases.postgres("conformance");
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
