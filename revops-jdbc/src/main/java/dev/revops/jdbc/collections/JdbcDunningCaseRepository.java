package dev.revops.jdbc.collections;

import dev.revops.collections.dunning.DunningCase;
import dev.revops.collections.service.DunningService;
import dev.revops.core.id.AccountId;
import dev.revops.jdbc.table.AggregateTable;
import dev.revops.jdbc.table.AggregateTable.Column;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.JdbcRepository;
import dev.revops.jdbc.table.Sql;
import java.util.List;

/**
 * The dunning states of collections ({@code Repository<AccountId, DunningCase>}) on table {@code
 * revops_dunning_cases}: one row per account (the id column is the account id), with the episode's
 * anchor and the suspension flags as columns. Thread-safe.
 */
public final class JdbcDunningCaseRepository extends JdbcRepository<AccountId, DunningCase> {
  /**
   * Creates the repository.
   *
   * @param db the database
   */
  public JdbcDunningCaseRepository(Database db) {
    super(
        new AggregateTable<>(
            db,
            "revops_dunning_cases",
            DunningCase.class,
            AccountId::value,
            List.of(
                new Column<>("anchor", (s, i, d) -> Sql.setDate(s, i, d.anchor())),
                new Column<>("suspended", (s, i, d) -> s.setBoolean(i, d.suspended())),
                new Column<>("changes_blocked", (s, i, d) -> s.setBoolean(i, d.changesBlocked()))),
            null));
  }

  /**
   * Returns the name errors use: {@link DunningService#TYPE_NAME}, as the in-memory default does.
   *
   * @return {@code "DunningCase"}
   */
  @Override
  public String typeName() {
    return DunningService.TYPE_NAME;
  }
}
