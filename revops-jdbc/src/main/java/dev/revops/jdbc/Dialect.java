package dev.revops.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The databases revops-jdbc supports, and every place where their SQL differs. The schema and the
 * statements are the same on both as far as H2 allows; the differences are all here:
 *
 * <ul>
 *   <li><b>Types.</b> PostgreSQL keeps documents as {@code jsonb} and compares ids with collation
 *       {@code "C"} (byte order, as Java compares ASCII ids); H2 has no {@code jsonb}, so its
 *       migration folder defines a domain {@code jsonb} as text of up to 1,000,000 characters, and
 *       its ids compare as Java strings by default. Both are defined in the dialect's own migration
 *       folder ({@code migration/postgresql}, {@code migration/h2}); every other migration is
 *       shared.
 *   <li><b>JSON parameters.</b> PostgreSQL needs {@code CAST(? AS jsonb)} for a text parameter; H2
 *       takes the text as it is.
 *   <li><b>Insert if absent.</b> PostgreSQL uses {@code INSERT ... ON CONFLICT DO NOTHING}, because
 *       a failed statement aborts a PostgreSQL transaction; H2 runs the plain insert and treats a
 *       duplicate key as "already there" (its transactions survive a failed statement).
 *   <li><b>Lock rows.</b> H2 makes a subject's lock row and locks it with one {@code MERGE} (one
 *       statement instead of a select, an insert and a select again for a new subject); PostgreSQL
 *       selects the row {@code FOR UPDATE} and inserts only a missing one, because an upsert there
 *       writes a new row version on every lock.
 * </ul>
 *
 * <p>Row locks ({@code SELECT ... FOR UPDATE}) and {@code SKIP LOCKED}, identity columns, {@code
 * timestamp with time zone} and keyset paging are written the same way for both.
 */
public enum Dialect {
  /** PostgreSQL 15 or later: the production target. */
  POSTGRESQL("postgresql", "CAST(? AS jsonb)"),
  /** H2 2.x, in-process: the embedded default for demos and prototypes. */
  H2("h2", "?");

  private final String folder;
  private final String jsonParameter;

  Dialect(String folder, String jsonParameter) {
    this.folder = folder;
    this.jsonParameter = jsonParameter;
  }

  /**
   * Returns the dialect of the database a connection is open on.
   *
   * @param connection an open connection
   * @return the dialect
   * @throws SQLException when the metadata cannot be read
   * @throws UnsupportedDatabaseException when the database is neither PostgreSQL nor H2
   */
  public static Dialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
    if (name.contains("postgresql")) {
      return POSTGRESQL;
    }
    if (name.equals("h2")) {
      return H2;
    }
    throw new UnsupportedDatabaseException(product);
  }

  /**
   * Returns the name of this dialect's migration folder, under {@code dev/revops/jdbc/migration}.
   *
   * @return {@code postgresql} or {@code h2}
   */
  public String migrationFolder() {
    return folder;
  }

  /**
   * Returns the placeholder for one JSON document parameter.
   *
   * @return {@code CAST(? AS jsonb)} on PostgreSQL, {@code ?} on H2
   */
  public String jsonParameter() {
    return jsonParameter;
  }

  /**
   * Returns an {@code INSERT} statement that inserts nothing (and fails nothing) when its key is
   * taken, on dialects that can say so in SQL.
   *
   * @param insert a plain {@code INSERT INTO ... VALUES (...)} statement
   * @return the statement to run
   */
  public String insertIfAbsent(String insert) {
    return this == POSTGRESQL ? insert + " ON CONFLICT DO NOTHING" : insert;
  }

  /**
   * Returns an {@code INSERT} statement that inserts nothing when its primary key is taken, and
   * still fails on any other unique constraint (so a broken constraint is never mistaken for an
   * existing row).
   *
   * @param insert a plain {@code INSERT INTO ... VALUES (...)} statement
   * @param key the primary key's columns, e.g. {@code "id"}
   * @return the statement to run
   */
  public String insertIfKeyAbsent(String insert, String key) {
    return this == POSTGRESQL ? insert + " ON CONFLICT (" + key + ") DO NOTHING" : insert;
  }

  /**
   * Returns the one statement that makes a row for a key when there is none and locks the row until
   * the transaction ends, on dialects where that is cheaper than selecting {@code FOR UPDATE}
   * first; a racing caller's statement may still fail with a duplicate key ({@link
   * #isDuplicateKey}), after which the row is there to select.
   *
   * @param table the table, whose only column is the key
   * @param key the key column
   * @return {@code MERGE INTO table KEY (key) VALUES (?)} on H2; empty on PostgreSQL
   */
  public java.util.Optional<String> mergeKey(String table, String key) {
    return this == H2
        ? java.util.Optional.of("MERGE INTO " + table + " KEY (" + key + ") VALUES (?)")
        : java.util.Optional.empty();
  }

  /**
   * Returns whether a failed insert only found its key already taken (on H2, where {@link
   * #insertIfAbsent(String)} runs a plain insert).
   *
   * @param e the failure
   * @return true for a duplicate key
   */
  public boolean isDuplicateKey(SQLException e) {
    return "23505".equals(e.getSQLState());
  }
}
