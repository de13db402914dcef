package dev.revops.jdbc.collections;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The collections repositories on H2. */
class H2CollectionsConformanceTest extends CollectionsConformance {
  private static RevOpsDatabase db;

  @BeforeAll
  static void open() {
    db = TestDatabases.h2("collections");
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Override
  RevOpsDatabase db() {
    return db;
  }
}
