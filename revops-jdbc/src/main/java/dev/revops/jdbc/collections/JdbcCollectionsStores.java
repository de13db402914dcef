package dev.revops.jdbc.collections;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.CollectionsModule;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.table.Database;

/**
 * revops-collections' stores on a database: dunning cases, promises, plans, the hash-chained
 * activity log and the payment status, all taking part in the database's unit of work.
 *
 * <pre>{@code
 * RevOpsDatabase db = RevOpsDatabase.on(dataSource).migrate();
 * CollectionsModule collections = CollectionsModule.builder()
 *     .stores(JdbcCollectionsStores.of(db))
 *     .unitOfWork(db.unitOfWork()).outbox(db.outbox()).locks(db.locks())
 *     .events(publisher).clock(clock).contactPolicy(policy).build();
 * }</pre>
 *
 * <p>The payment status is a {@link JdbcPaymentStatus} the host reports amounts due to; its
 * activity log is a {@link JdbcActivityLog}, whose {@code verifyChain} checks an account's chain
 * (cast {@code stores.activityLog()}, or make one with {@code new JdbcActivityLog(db.database())}).
 */
public final class JdbcCollectionsStores {
  private JdbcCollectionsStores() {}

  /**
   * Returns the collections stores on a database.
   *
   * @param db the database (migrated; never null)
   * @return the stores
   */
  public static CollectionsModule.Stores of(RevOpsDatabase db) {
    requireNonNull(db, "db");
    Database d = db.database();
    return new CollectionsModule.Stores(
        new JdbcDunningCaseRepository(d),
        new JdbcPromiseRepository(d),
        new JdbcPlanRepository(d),
        new JdbcActivityLog(d),
        new JdbcPaymentStatus(d));
  }
}
