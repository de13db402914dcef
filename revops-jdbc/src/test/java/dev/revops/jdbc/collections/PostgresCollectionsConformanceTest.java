package dev.revops.jdbc.collections;

import dev.revops.jdbc.RequiresPostgres;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The collections repositories on PostgreSQL, in a schema of its own. */
@ExtendWith(RequiresPostgres.class)
class PostgresCollectionsConformanceTest extends CollectionsConformance {
  private static TestDatabases.PostgresSchema schema;
  private static RevOpsDatabase db;

  @BeforeAll
  static void open() {
    schema = TestDatabases.postgres("collections");
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
