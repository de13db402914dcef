package dev.revops.jdbc.sales;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.testkit.fault.sales.SalesAdapters;

/** revops-testkit's sales adapters on a database: each new set starts from empty tables. */
final class JdbcSalesAdapters {
  private JdbcSalesAdapters() {}

  /**
   * The adapters on a database, after emptying every table they write (the worlds of the fault and
   * race suites run one after another, never at once).
   *
   * @param db the database
   * @return the adapters
   */
  static SalesAdapters fresh(RevOpsDatabase db) {
    SalesTables.clear(db);
    return new SalesAdapters(JdbcSalesStores.of(db), db.unitOfWork(), db.outbox(), db.locks());
  }
}
