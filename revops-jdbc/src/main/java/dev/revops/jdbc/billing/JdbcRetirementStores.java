package dev.revops.jdbc.billing;

import static java.util.Objects.requireNonNull;

import dev.revops.jdbc.RevOpsDatabase;

/**
 * revops-billing's plan end-of-life stores on one database: the subscribers' migration records
 * ({@code revops_plan_migrations}) and the retirement schedule ({@code revops_plan_retirements}).
 * Immutable and thread-safe; make one per database and share it.
 *
 * <pre>{@code
 * RevOpsDatabase db = RevOpsDatabase.on(dataSource).migrate();
 * JdbcRetirementStores retirement = JdbcRetirementStores.of(db);
 * retirement.retirements().replace(RetirementSchedule.of(catalog, List.of(
 *     PlanRetirement.of("starter-monthly", LocalDate.parse("2026-09-01"), "basic-monthly"))));
 * Billing billing =
 *     Billing.builder()
 *         .stores(JdbcBillingStores.of(db, gateway))
 *         .unitOfWork(db.unitOfWork())
 *         .outbox(db.outbox())
 *         .events(publisher)
 *         .clock(Clock.systemUTC())
 *         .catalog(catalog)
 *         .retirements(retirement.retirements()) // read from the table on every sale
 *         .build();
 * PlanRetirementService endOfLife =
 *     billing.planRetirement(retirement.migrations(), db.locks()); // one notice per subscriber
 * endOfLife.sendDueNotices("starter-monthly");
 * }</pre>
 *
 * <p>Give the service the database's locks ({@code db.locks()}) so each subscriber's step is
 * serialised across instances.
 */
public final class JdbcRetirementStores {
  private final JdbcPlanMigrationRepository migrations;
  private final JdbcPlanRetirements retirements;

  private JdbcRetirementStores(RevOpsDatabase db) {
    this.migrations = new JdbcPlanMigrationRepository(db.database());
    this.retirements = new JdbcPlanRetirements(db.database(), db.locks());
  }

  /**
   * Returns the stores on a database.
   *
   * @param db the database (migrated)
   * @return the stores
   */
  public static JdbcRetirementStores of(RevOpsDatabase db) {
    return new JdbcRetirementStores(requireNonNull(db, "db"));
  }

  /**
   * Returns the subscribers' migration records.
   *
   * @return the repository
   */
  public JdbcPlanMigrationRepository migrations() {
    return migrations;
  }

  /**
   * Returns the retirement schedule.
   *
   * @return the store
   */
  public JdbcPlanRetirements retirements() {
    return retirements;
  }
}
