package dev.revops.jdbc.table;

import dev.revops.core.error.RevOpsException;
import dev.revops.jdbc.ConstraintViolationException;
import dev.revops.jdbc.DataAccessException;
import dev.revops.jdbc.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small JDBC helpers shared by the adapters: binding, reading and translating failures. */
public final class Sql {
  private static final Pattern CONSTRAINT = Pattern.compile("(revops_[a-z0-9_]+)");
  private static final Pattern H2_INDEX_SUFFIX = Pattern.compile("_index_[0-9a-z]+$");

  private Sql() {}

  /**
   * Work on a connection that may throw {@link SQLException}.
   *
   * @param <T> the result
   */
  @FunctionalInterface
  public interface Work<T> {
    /**
     * Runs the work.
     *
     * @param connection the connection of the current unit of work
     * @return the result
     * @throws SQLException on a database failure
     */
    T apply(Connection connection) throws SQLException;
  }

  /**
   * Binds the parameters of a statement.
   *
   * @param <T> the value bound
   */
  @FunctionalInterface
  public interface Binder<T> {
    /**
     * Binds.
     *
     * @param statement the statement
     * @param index the first parameter index to bind
     * @param value the value
     * @throws SQLException on a database failure
     */
    void bind(PreparedStatement statement, int index, T value) throws SQLException;
  }

  /**
   * Translates a driver failure into a revops exception: a constraint violation (SQL state class
   * 23) names the constraint; anything else is a {@link DataAccessException}.
   *
   * @param what what was being done, e.g. {@code "save revops_invoices"}
   * @param table the table written or read
   * @param e the failure
   * @return the exception to throw
   */
  public static RevOpsException translate(String what, String table, SQLException e) {
    String state = e.getSQLState();
    if (state != null && state.startsWith("23")) {
      return new ConstraintViolationException(constraintName(e), table, e);
    }
    return new DataAccessException(what, state, e);
  }

  /**
   * Finds the name of the revops constraint a failure names (PostgreSQL quotes the constraint, H2
   * the index behind it).
   *
   * @param e the failure
   * @return the lower-case name, or {@code "unknown"}
   */
  static String constraintName(SQLException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    Matcher m = CONSTRAINT.matcher(message);
    // PostgreSQL: ... violates unique constraint "revops_x_once"; H2 names the index behind it,
    // "PUBLIC.REVOPS_X_ONCE_INDEX_4 ON PUBLIC.REVOPS_X(...)": the constraint is the name after
    // the word constraint or the index name, and the longest revops_ name otherwise
    int at = Math.max(message.indexOf("constraint"), 0);
    String found = null;
    if (m.find(at)) {
      found = m.group(1);
    }
    if (found == null) {
      return "unknown";
    }
    return H2_INDEX_SUFFIX.matcher(found).replaceFirst("");
  }

  /**
   * Binds an instant as {@code timestamp with time zone} (in UTC), or null.
   *
   * @param s the statement
   * @param i the index
   * @param at the instant, or null
   * @throws SQLException on a database failure
   */
  public static void setInstant(PreparedStatement s, int i, Instant at) throws SQLException {
    if (at == null) {
      s.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      s.setObject(i, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }
  }

  /**
   * Reads a {@code timestamp with time zone} column.
   *
   * @param r the row
   * @param column the column
   * @return the instant, or null
   * @throws SQLException on a database failure
   */
  public static Instant getInstant(ResultSet r, String column) throws SQLException {
    OffsetDateTime at = r.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }

  /**
   * Binds a date, or null.
   *
   * @param s the statement
   * @param i the index
   * @param date the date, or null
   * @throws SQLException on a database failure
   */
  public static void setDate(PreparedStatement s, int i, LocalDate date) throws SQLException {
    if (date == null) {
      s.setNull(i, Types.DATE);
    } else {
      s.setObject(i, date);
    }
  }

  /**
   * Binds a text, or null.
   *
   * @param s the statement
   * @param i the index
   * @param text the text, or null
   * @throws SQLException on a database failure
   */
  public static void setText(PreparedStatement s, int i, String text) throws SQLException {
    if (text == null) {
      s.setNull(i, Types.VARCHAR);
    } else {
      s.setString(i, text);
    }
  }

  /**
   * The most values one {@code IN (...)} list of the adapters' batch reads holds; longer lists are
   * read in chunks of this size.
   */
  public static final int IN_LIST_CHUNK = 1_000;

  /**
   * Returns {@code n} comma-separated parameter marks, for an {@code IN (...)} list or a row of
   * {@code VALUES}.
   *
   * @param n how many (above zero)
   * @return e.g. {@code "?, ?, ?"}
   */
  public static String marks(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("need at least one parameter mark, got " + n);
    }
    StringBuilder b = new StringBuilder(n * 3);
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "?" : ", ?");
    }
    return b.toString();
  }

  /**
   * Returns the condition that {@code column} is one of {@code n} texts, as {@link #bindIn} binds
   * them: {@code column IN (?, ...)} on PostgreSQL, {@code column = ANY(?)} with one array
   * parameter on H2. H2 walks every statement a session has cached on each row write (to drop
   * cached results), so on H2 a batch read keeps one short statement text whatever its length
   * instead of one long text per length.
   *
   * @param dialect the database
   * @param column the column, e.g. {@code "account_id"}
   * @param n how many values (above zero)
   * @return the condition, without {@code WHERE}
   */
  public static String in(Dialect dialect, String column, int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("need at least one value, got " + n);
    }
    return dialect == Dialect.H2 ? column + " = ANY(?)" : column + " IN (" + marks(n) + ")";
  }

  /**
   * Binds the values of an {@link #in} condition.
   *
   * @param dialect the database
   * @param s the statement
   * @param at the index of the condition's first parameter
   * @param values the values, as many as the condition was made for
   * @return the index of the next parameter after them
   * @throws SQLException from the driver
   */
  public static int bindIn(Dialect dialect, PreparedStatement s, int at, List<String> values)
      throws SQLException {
    if (dialect == Dialect.H2) {
      s.setObject(at, values.toArray(new String[0]));
      return at + 1;
    }
    int i = at;
    for (String v : values) {
      s.setString(i++, v);
    }
    return i;
  }

  /**
   * Splits a list into chunks of at most {@link #IN_LIST_CHUNK} elements, for batch reads.
   *
   * @param all the values
   * @param <T> the element type
   * @return the chunks, in order (none for an empty list)
   */
  public static <T> List<List<T>> chunks(List<T> all) {
    java.util.List<java.util.List<T>> out = new java.util.ArrayList<>();
    for (int i = 0; i < all.size(); i += IN_LIST_CHUNK) {
      out.add(all.subList(i, Math.min(all.size(), i + IN_LIST_CHUNK)));
    }
    return out;
  }

  /**
   * The earliest instant the adapters store for "unresolved since the beginning" (both databases
   * hold it; {@link Instant#MIN} they do not).
   */
  public static final Instant BEGINNING = Instant.parse("0001-01-01T00:00:00Z");

  /**
   * Converts a legacy timestamp, for drivers that return one.
   *
   * @param t the timestamp, or null
   * @return the instant, or null
   */
  static Instant toInstant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
