package dev.revops.jdbc.sales;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The repository contract on every sales repository, on H2. */
class H2SalesPortConformanceTest extends SalesPortConformance {
  private static RevOpsDatabase db;

  @BeforeAll
  static void open() {
    db = TestDatabases.h2("sales-conformance");
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
