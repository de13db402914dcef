package dev.revops.jdbc.sales;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import dev.revops.testkit.fault.sales.SalesAdapters;
import dev.revops.testkit.fault.sales.SalesFaultContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** revops-testkit's sales fault sweep (every call struck, before and after) on H2. */
class H2SalesFaultTest extends SalesFaultContract {
  private static RevOpsDatabase db;

  @BeforeAll
  static void open() {
    db = TestDatabases.h2("sales-faults");
  }

  @AfterAll
  static void close() {
    db.close();
  }

  /** Fresh adapters on empty tables. */
  @Override
  protected SalesAdapters newAdapters() {
    return JdbcSalesAdapters.fresh(db);
  }
}
