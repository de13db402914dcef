package dev.revops.jdbc.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.jdbc.table.AggregateTable;
import dev.revops.jdbc.table.AggregateTable.Column;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.JdbcRepository;
import dev.revops.jdbc.table.Sql;
import dev.revops.sales.id.CaseId;
import dev.revops.sales.port.CaseRepository;
import dev.revops.sales.servicecase.CaseStatus;
import dev.revops.sales.servicecase.ServiceCase;
import java.util.List;

/**
 * {@link CaseRepository} on tables {@code revops_cases} (type, severity, channel, status and the
 * times the SLA and the pending timers need) and {@code revops_cases_by_status} (one row per case,
 * numbered when the case entered its status), so {@link #findByStatus} reads an index and returns
 * the cases in the order they entered the status, as the in-memory default does. Thread-safe.
 */
public final class JdbcCaseRepository extends JdbcRepository<CaseId, ServiceCase>
    implements CaseRepository {
  /** The case table. */
  static final String TABLE = "revops_cases";

  /** The status rows' table. */
  static final String BY_STATUS = "revops_cases_by_status";

  /** The condition of {@link #findByStatus}. */
  static final String WHERE_STATUS =
      "JOIN revops_cases_by_status k ON k.case_id = revops_cases.id WHERE k.status = ?"
          + " ORDER BY k.seq";

  private static final KeyRows<ServiceCase> ROWS =
      new KeyRows<>(
          BY_STATUS,
          "case_id",
          "status",
          null,
          c -> List.of(new KeyRows.Key(c.status().name(), false)));

  /**
   * Creates the repository.
   *
   * @param db the database
   */
  public JdbcCaseRepository(Database db) {
    super(
        new AggregateTable<>(
            db,
            TABLE,
            ServiceCase.class,
            CaseId::value,
            List.of(
                new Column<>("account_id", (s, i, c) -> s.setString(i, c.account().value())),
                new Column<>("case_type", (s, i, c) -> s.setString(i, c.type().name())),
                new Column<>(
                    "severity",
                    (s, i, c) ->
                        Sql.setText(s, i, c.severity() == null ? null : c.severity().name())),
                new Column<>(
                    "channel",
                    (s, i, c) ->
                        Sql.setText(s, i, c.channel() == null ? null : c.channel().name())),
                new Column<>("status", (s, i, c) -> s.setString(i, c.status().name())),
                new Column<>("created_at", (s, i, c) -> Sql.setInstant(s, i, c.createdAt())),
                new Column<>("closed_at", (s, i, c) -> Sql.setInstant(s, i, c.closedAt())),
                new Column<>("pending_until", (s, i, c) -> Sql.setInstant(s, i, c.pendingUntil())),
                new Column<>(
                    "merged_into",
                    (s, i, c) ->
                        Sql.setText(s, i, c.mergedInto() == null ? null : c.mergedInto().value())),
                new Column<>(
                    "escalated_to",
                    (s, i, c) ->
                        Sql.setText(
                            s, i, c.escalatedTo() == null ? null : c.escalatedTo().value()))),
            (c, sc, isNew) -> ROWS.write(c, sc.id().value(), sc, isNew)));
  }

  @Override
  public List<ServiceCase> findByStatus(CaseStatus status) {
    requireNonNull(status, "status");
    return table.queryBy(WHERE_STATUS, status.name());
  }
}
