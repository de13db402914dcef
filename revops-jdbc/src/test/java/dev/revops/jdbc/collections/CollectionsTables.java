package dev.revops.jdbc.collections;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The collections tables of the tests, and plain SQL on them behind the adapters' backs. */
final class CollectionsTables {
  /** The collections tables plus the outbox and the locks, children before parents. */
  static final List<String> TABLES =
      TestDatabases.join(TestDatabases.COLLECTIONS, TestDatabases.OUTBOX_AND_LOCKS);

  private CollectionsTables() {}

  /**
   * Empties the collections tables, the outbox and the locks.
   *
   * @param db the database
   * @return the database
   */
  static RevOpsDatabase clear(RevOpsDatabase db) {
    return TestDatabases.clear(db, TABLES);
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
    return prepared(db, "tamper", sql, params, PreparedStatement::executeUpdate);
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
    return firstColumn(db, sql, params, r -> r.getString(1));
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
    return firstColumn(db, sql, params, r -> r.getObject(1, OffsetDateTime.class).toInstant());
  }

  /** What is read of a row, or done with a statement. */
  private interface Step<I, T> {
    T apply(I input) throws SQLException;
  }

  private static <T> T firstColumn(
      RevOpsDatabase db, String sql, Object[] params, Step<ResultSet, T> column) {
    return prepared(
        db,
        "read",
        sql,
        params,
        s -> {
          try (ResultSet r = s.executeQuery()) {
            return r.next() ? column.apply(r) : null;
          }
        });
  }

  private static <T> T prepared(
      RevOpsDatabase db,
      String what,
      String sql,
      Object[] params,
      Step<PreparedStatement, T> work) {
    return db.unitOfWork()
        .call(
            what,
            "(test)",
            c -> {
              try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                  s.setObject(i + 1, params[i]);
                }
                return work.apply(s);
              }
            });
  }
}
