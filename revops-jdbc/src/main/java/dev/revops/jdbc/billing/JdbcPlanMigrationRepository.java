package dev.revops.jdbc.billing;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.port.PlanMigrationRepository;
import dev.revops.billing.retirement.PlanMigration;
import dev.revops.billing.retirement.PlanMigrationId;
import dev.revops.jdbc.table.AggregateTable;
import dev.revops.jdbc.table.AggregateTable.Column;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.JdbcRepository;
import dev.revops.jdbc.table.Sql;
import java.util.List;

/**
 * {@link PlanMigrationRepository} on table {@code revops_plan_migrations}: one row per subscriber
 * of a retired plan (id {@code <retired plan>/<subscription>}) with the subscription, account,
 * retired and successor plans, price policy, the notice's dates, the status and the day the
 * successor applies from as columns (dates as {@code date}), and the whole record in {@code body}.
 * Saves are optimistic: creating a record that exists is a {@code ConcurrencyConflictException}
 * with both versions, which is what sends a notice once however many instances run the job. {@link
 * #findByRetiredPlan} reads the index on {@code (retired_plan_id, seq)} and lists the records in
 * the order they were first saved, as the in-memory default does. Nothing here logs. Thread-safe.
 */
public final class JdbcPlanMigrationRepository
    extends JdbcRepository<PlanMigrationId, PlanMigration> implements PlanMigrationRepository {
  /** The table. */
  static final String TABLE = "revops_plan_migrations";

  /**
   * Creates the repository.
   *
   * @param db the database (migrated)
   */
  public JdbcPlanMigrationRepository(Database db) {
    super(
        new AggregateTable<>(
            db,
            TABLE,
            PlanMigration.class,
            PlanMigrationId::value,
            List.of(
                new Column<>(
                    "subscription_id", (s, i, m) -> s.setString(i, m.subscription().value())),
                new Column<>("account_id", (s, i, m) -> s.setString(i, m.account().value())),
                new Column<>(
                    "retired_plan_id", (s, i, m) -> s.setString(i, m.notice().retiredPlanId())),
                new Column<>(
                    "successor_plan_id", (s, i, m) -> s.setString(i, m.notice().successorPlanId())),
                new Column<>(
                    "price_policy",
                    (s, i, m) -> s.setString(i, m.notice().pricePolicy().kind().name())),
                new Column<>(
                    "grandfathered_periods",
                    (s, i, m) -> {
                      Integer n = m.notice().pricePolicy().grandfatheredPeriods();
                      if (n == null) {
                        s.setNull(i, java.sql.Types.INTEGER);
                      } else {
                        s.setInt(i, n);
                      }
                    }),
                new Column<>("notice_sent_on", (s, i, m) -> Sql.setDate(s, i, m.notice().sentOn())),
                new Column<>(
                    "first_renewal_on", (s, i, m) -> Sql.setDate(s, i, m.notice().firstRenewal())),
                new Column<>(
                    "migrates_on", (s, i, m) -> Sql.setDate(s, i, m.notice().migratesOn())),
                new Column<>("status", (s, i, m) -> s.setString(i, m.status().name())),
                new Column<>("effective_on", (s, i, m) -> Sql.setDate(s, i, m.effectiveOn()))),
            null));
  }

  @Override
  public List<PlanMigration> findByRetiredPlan(String retiredPlanId) {
    requireNonNull(retiredPlanId, "retiredPlanId");
    return table.queryBy("WHERE retired_plan_id = ? ORDER BY seq", retiredPlanId);
  }
}
