package dev.revops.jdbc.sales;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import java.util.List;

/** The tables the sales tests empty, children before parents. */
final class SalesTables {
  /** The sales tables and the kernel tables the sales stores and suites write. */
  static final List<String> ALL =
      List.of(
          "revops_leads_by_key",
          "revops_leads",
          "revops_opportunities",
          "revops_orders_by_status",
          "revops_orders",
          "revops_returns_by_order",
          "revops_returns",
          "revops_cases_by_status",
          "revops_cases",
          "revops_feedback",
          "revops_outbox",
          "revops_locks",
          "revops_contacts",
          "revops_accounts");

  private SalesTables() {}

  /**
   * Empties every table the sales stores write.
   *
   * @param db the database
   * @return the database
   */
  static RevOpsDatabase clear(RevOpsDatabase db) {
    TestDatabases.clear(db, ALL);
    return db;
  }
}
