package dev.revops.jdbc.sales;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The sales query methods against the in-memory defaults, on H2. */
class H2SalesQueriesTest extends SalesQueries {
  private static RevOpsDatabase db;

  @BeforeAll
  static void open() {
    db = TestDatabases.h2("sales-queries");
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
