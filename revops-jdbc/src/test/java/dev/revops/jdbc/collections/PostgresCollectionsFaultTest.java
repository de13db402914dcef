package dev.revops.jdbc.collections;

import dev.revops.jdbc.RequiresPostgres;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import dev.revops.testkit.fault.collections.CollectionsBackend;
import dev.revops.testkit.fault.collections.CollectionsFaultContract;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * revops-testkit's collections fault suite (every call struck, in every mode) on PostgreSQL, in a
 * schema of its own.
 */
@ExtendWith(RequiresPostgres.class)
class PostgresCollectionsFaultTest extends CollectionsFaultContract {
  private static TestDatabases.PostgresSchema schema;
  private static RevOpsDatabase db;

  @BeforeAll
  static void open() {
    schema = TestDatabases.postgres("collections_faults");
    db = schema.open(Clock.systemUTC());
  }

  @AfterAll
  static void close() {
    schema.close();
  }

  @Override
  protected CollectionsBackend backend() {
    return new JdbcCollectionsBackend(db);
  }
}
