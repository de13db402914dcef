package dev.revops.jdbc.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.core.JdbcAccountRepository;
import dev.revops.jdbc.core.JdbcContactRepository;
import dev.revops.jdbc.table.Database;
import dev.revops.sales.service.SalesStores;
import java.util.Optional;

/**
 * revops-sales' stores on a database: leads, opportunities, orders, returns, service cases and the
 * feedback log on the sales tables, accounts and contacts on the kernel's ({@code revops_accounts},
 * {@code revops_contacts}), so a conversion's account, contact, opportunity and lead commit in one
 * transaction.
 *
 * <pre>{@code
 * RevOpsDatabase db = RevOpsDatabase.on(dataSource).migrate();
 * Sales sales = Sales.builder()
 *     .stores(JdbcSalesStores.of(db).withValuation(valuation))
 *     .unitOfWork(db.unitOfWork()).outbox(db.outbox()).locks(db.locks())
 *     .events(publisher).build();
 * }</pre>
 */
public final class JdbcSalesStores {
  private JdbcSalesStores() {}

  /**
   * Returns the sales stores on a database. No account has a known value (the valuation answers
   * empty) until the host sets its own with {@link SalesStores#withValuation}.
   *
   * @param db the database (migrated)
   * @return the stores
   */
  public static SalesStores of(RevOpsDatabase db) {
    requireNonNull(db, "db");
    Database d = db.database();
    return new SalesStores(
        new JdbcLeadRepository(d),
        new JdbcOpportunityRepository(d),
        new JdbcOrderRepository(d),
        new JdbcReturnRepository(d),
        new JdbcCaseRepository(d),
        new JdbcAccountRepository(d),
        new JdbcContactRepository(d),
        new JdbcFeedbackLog(d),
        account -> Optional.empty());
  }
}
