package dev.revops.jdbc.billing;

import dev.revops.jdbc.RequiresPostgres;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The batch reads and batched inserts on PostgreSQL. */
@ExtendWith(RequiresPostgres.class)
class PostgresBatchStoresTest extends BatchStoresContract {
  private static TestDatabases.PostgresSchema schema;

  @BeforeAll
  static void create() {
    schema = TestDatabases.postgres("batch");
  }

  @AfterAll
  static void drop() {
    schema.close();
  }

  @Override
  RevOpsDatabase open() {
    RevOpsDatabase db = schema.open(clock);
    TestDatabases.clear(db);
    return db;
  }
}
