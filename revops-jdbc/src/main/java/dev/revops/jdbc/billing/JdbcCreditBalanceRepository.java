package dev.revops.jdbc.billing;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.port.CreditBalanceRepository;
import dev.revops.core.id.AccountId;
import dev.revops.jdbc.table.AggregateTable;
import dev.revops.jdbc.table.AggregateTable.Column;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.JdbcRepository;
import dev.revops.jdbc.table.Sql;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /** Reads the batch's balances with one {@code IN} query per chunk of accounts. */
  @Override
  public Map<AccountId, CreditBalance> findByAccounts(Collection<AccountId> accounts) {
    requireNonNull(accounts, "accounts");
    List<String> ids = new ArrayList<>(accounts.size());
    for (AccountId a : accounts) {
      ids.add(requireNonNull(a, "account").value());
    }
    Map<AccountId, CreditBalance> out = new LinkedHashMap<>();
    for (List<String> chunk : Sql.chunks(ids)) {
      for (CreditBalance b : table.queryIn("id", chunk, "")) {
        out.put(b.id(), b);
      }
    }
    return out;
  }
}
