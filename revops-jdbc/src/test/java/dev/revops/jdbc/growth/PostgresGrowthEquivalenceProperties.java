package dev.revops.jdbc.growth;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import java.time.Clock;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** The growth repositories on PostgreSQL (a schema of their own) against the in-memory defaults. */
@AddLifecycleHook(PostgresOrSkip.class)
class PostgresGrowthEquivalenceProperties extends GrowthEquivalenceContract {
  private static TestDatabases.PostgresSchema schema;
  private static RevOpsDatabase db;

  @BeforeContainer
  static void open() {
    schema = TestDatabases.postgres("growth_equivalence");
    db = schema.open(Clock.systemUTC());
  }

  @AfterContainer
  static void close() {
    if (schema != null) {
      schema.close();
    }
  }

  @Override
  RevOpsDatabase db() {
    return db;
  }
}
