package dev.revops.jdbc.collections;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The collections tables of the tests, and plain SQL on them behind the adapters' backs. */
final class CollectionsTables {
  /** The collections tables plus the outbox and the locks, children before parents. */
  static final List<String> TABLES =
      List.of(
          "revops_plan_installments",
          "revops_plan_debts",
          "revops_payment_plans",
          "revops_promises",
          "revops_dunning_cases",
          "revops_activity_log",
          "revops_activity_heads",
          "revops_payment_status",
          "revops_outbox",
          "revops_locks");

  private CollectionsTables() {}

  /**
   * Empties the collections tables, the outbox and the locks.
   *
   * @param db the database
   * @return the database
   */
  static RevOpsDatabase clear(RevOpsDatabase db) {
    TestDatabases.clear(db, TABLES);
    return db;
  }

  /**
   * Runs one statement with plain JDBC, in a transaction of its own.
   *
   * @param db the database
   * @param sql the statement
   * @param params its parameters (strings, numbers)
   * @return the rows changed
   */
  static int execute(RevOpsDatabase db, String sql, Object... params) {
    return db.unitOfWork()
        .call(
            "tamper",
            "(test)",
            c -> {
              try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                  s.setObject(i + 1, params[i]);
                }
                return s.executeUpdate();
              }
            });
  }

  /**
   * Reads one text column of one row with plain JDBC.
   *
   * @param db the database
   * @param sql the query
   * @param params its parameters
   * @return the first column of the first row, or null when there is none
   */
  static String text(RevOpsDatabase db, String sql, Object... params) {
    return db.unitOfWork()
        .call(
            "read",
            "(test)",
            c -> {
              try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                  s.setObject(i + 1, params[i]);
                }
                try (var r = s.executeQuery()) {
                  return r.next() ? r.getString(1) : null;
                }
              }
            });
  }

  /**
   * Reads one instant column of one row with plain JDBC.
   *
   * @param db the database
   * @param sql the query
   * @param params its parameters
   * @return the first column of the first row as an instant, or null when there is none
   */
  static Instant instant(RevOpsDatabase db, String sql, Object... params) {
    return db.unitOfWork()
        .call(
            "read",
            "(test)",
            c -> {
              try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                  s.setObject(i + 1, params[i]);
                }
                try (var r = s.executeQuery()) {
                  return r.next() ? r.getObject(1, OffsetDateTime.class).toInstant() : null;
                }
              }
            });
  }
}
