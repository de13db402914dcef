package dev.revops.jdbc.sales;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import dev.revops.testkit.fault.sales.LeadRaceContract;
import dev.revops.testkit.fault.sales.SalesAdapters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * revops-testkit's lead races (eight captures of one e-mail, eight conversions of one lead) on H2,
 * with real connections and row locks.
 */
class H2LeadRaceTest extends LeadRaceContract {
  private static RevOpsDatabase db;

  @BeforeAll
  static void open() {
    db = TestDatabases.h2("lead-race");
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Override
  protected SalesAdapters newAdapters() {
    return JdbcSalesAdapters.fresh(db);
  }
}
