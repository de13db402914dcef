package dev.revops.jdbc.billing;

import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.port.CreditBalanceRepository;
import dev.revops.core.id.AccountId;
import dev.revops.jdbc.table.AggregateTable;
import dev.revops.jdbc.table.AggregateTable.Column;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.JdbcRepository;
import java.util.List;

/**
 * {@link CreditBalanceRepository} on table {@code revops_credit_balances} (one row per account; the
 * id column is the account id). Thread-safe.
 */
public final class JdbcCreditBalanceRepository extends JdbcRepository<AccountId, CreditBalance>
    implements CreditBalanceRepository {
  /**
   * Creates the repository.
   *
   * @param db the database
   */
  public JdbcCreditBalanceRepository(Database db) {
    super(
        new AggregateTable<>(
            db,
            "revops_credit_balances",
            CreditBalance.class,
            AccountId::value,
            List.of(
                new Column<>("balance_minor", (s, i, v) -> s.setLong(i, v.balance().minor())),
                new Column<>(
                    "currency",
                    (s, i, v) -> s.setString(i, v.balance().currency().getCurrencyCode()))),
            null));
  }
}
