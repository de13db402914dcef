package dev.revops.jdbc.collections;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import dev.revops.testkit.fault.collections.CollectionsBackend;
import dev.revops.testkit.fault.collections.CollectionsFaultContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** revops-testkit's collections fault suite (every call struck, in every mode) on H2. */
class H2CollectionsFaultTest extends CollectionsFaultContract {
  private static RevOpsDatabase db;

  @BeforeAll
  static void open() {
    db = TestDatabases.h2("collections-faults");
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Override
  protected CollectionsBackend backend() {
    return new JdbcCollectionsBackend(db);
  }
}
