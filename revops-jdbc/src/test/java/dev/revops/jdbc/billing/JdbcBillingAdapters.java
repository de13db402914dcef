package dev.revops.jdbc.billing;

import dev.revops.billing.port.memory.InMemoryPaymentGateway;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import dev.revops.testkit.fault.billing.BillingAdapters;

/** revops-testkit's billing adapters on a database: each new set of stores starts empty. */
final class JdbcBillingAdapters {
  private JdbcBillingAdapters() {}

  /**
   * The adapters on a database; the stores factory empties every revops table first (the worlds of
   * the fault and race suites run one after another, never at once).
   *
   * @param db the database
   * @return the adapters
   */
  static BillingAdapters of(RevOpsDatabase db) {
    return new BillingAdapters(
        () -> {
          TestDatabases.clear(db);
          return JdbcBillingStores.of(db, new InMemoryPaymentGateway());
        },
        db::unitOfWork,
        db::outbox);
  }
}
