package dev.revops.jdbc.sales;

import dev.revops.core.id.OpportunityId;
import dev.revops.jdbc.table.AggregateTable;
import dev.revops.jdbc.table.AggregateTable.Column;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.JdbcRepository;
import dev.revops.jdbc.table.Sql;
import dev.revops.sales.pipeline.Opportunity;
import dev.revops.sales.port.OpportunityRepository;
import java.util.List;

/**
 * {@link OpportunityRepository} on table {@code revops_opportunities}: account, lead, owner, stage,
 * status, the amount as minor units and currency, the expected close date and the close time as
 * columns. Thread-safe.
 */
public final class JdbcOpportunityRepository extends JdbcRepository<OpportunityId, Opportunity>
    implements OpportunityRepository {
  /** The opportunity table. */
  static final String TABLE = "revops_opportunities";

  /**
   * Creates the repository.
   *
   * @param db the database
   */
  public JdbcOpportunityRepository(Database db) {
    super(
        new AggregateTable<>(
            db,
            TABLE,
            Opportunity.class,
            OpportunityId::value,
            List.of(
                new Column<>("account_id", (s, i, o) -> s.setString(i, o.account().value())),
                new Column<>(
                    "lead_id",
                    (s, i, o) -> Sql.setText(s, i, o.lead() == null ? null : o.lead().value())),
                new Column<>("owner_id", (s, i, o) -> s.setString(i, o.owner().value())),
                new Column<>("stage", (s, i, o) -> s.setString(i, o.stage())),
                new Column<>("status", (s, i, o) -> s.setString(i, o.status().name())),
                new Column<>(
                    "currency",
                    (s, i, o) -> s.setString(i, o.amount().currency().getCurrencyCode())),
                new Column<>("amount_minor", (s, i, o) -> s.setLong(i, o.amount().minor())),
                new Column<>("close_date", (s, i, o) -> Sql.setDate(s, i, o.closeDate())),
                new Column<>("closed_at", (s, i, o) -> Sql.setInstant(s, i, o.closedAt()))),
            null));
  }
}
