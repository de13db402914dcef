package dev.revops.jdbc.core;

import dev.revops.core.id.AccountId;
import dev.revops.core.party.Account;
import dev.revops.core.port.AccountRepository;
import dev.revops.jdbc.table.AggregateTable;
import dev.revops.jdbc.table.AggregateTable.Column;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.JdbcRepository;
import java.util.List;

/** {@link AccountRepository} on table {@code revops_accounts}. Thread-safe. */
public final class JdbcAccountRepository extends JdbcRepository<AccountId, Account>
    implements AccountRepository {
  /**
   * Creates the repository.
   *
   * @param db the database
   */
  public JdbcAccountRepository(Database db) {
    super(
        new AggregateTable<>(
            db,
            "revops_accounts",
            Account.class,
            AccountId::value,
            List.of(
                new Column<>("name", (s, i, a) -> s.setString(i, a.name())),
                new Column<>(
                    "currency", (s, i, a) -> s.setString(i, a.currency().getCurrencyCode())),
                new Column<>("country", (s, i, a) -> s.setString(i, a.country())),
                new Column<>("time_zone", (s, i, a) -> s.setString(i, a.timeZone().getId()))),
            null));
  }
}
