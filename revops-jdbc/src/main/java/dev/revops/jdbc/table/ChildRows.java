package dev.revops.jdbc.table;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The child rows of an aggregate in a table of their own (an invoice's lines, a payment's
 * transactions), written from the aggregate on each save. A save of a stored aggregate reads the
 * rows it has and leaves them alone when they are already what the aggregate says (a paid invoice's
 * lines, a payment's earlier transactions), else deletes and inserts them: one read instead of a
 * delete and an insert per row for the common save that changes only the parent. Rows are given as
 * values in column order, each a {@code String}, {@code Integer}, {@code Long} or {@code LocalDate}
 * (or null), matching the column's SQL type. Stateless and thread-safe.
 */
public final class ChildRows {
  private final String owner;
  private final int[] types;
  private final String insert;
  private final String select;
  private final String delete;

  /**
   * Describes the rows.
   *
   * @param table the child table
   * @param owner the column of the aggregate's id (the first of {@code columns})
   * @param columns every column written, the owner's first
   * @param types each column's {@link Types} code: {@code VARCHAR}, {@code CHAR}, {@code INTEGER},
   *     {@code SMALLINT}, {@code BIGINT} or {@code DATE}
   * @param orderBy the columns that order an aggregate's rows as it lists them
   */
  public ChildRows(String table, String owner, List<String> columns, int[] types, String orderBy) {
    requireNonNull(table, "table");
    this.owner = requireNonNull(owner, "owner");
    requireNonNull(columns, "columns");
    requireNonNull(orderBy, "orderBy");
    if (columns.isEmpty() || !columns.get(0).equals(owner)) {
      throw new IllegalArgumentException("the owner column " + owner + " must come first");
    }
    if (types.length != columns.size()) {
      throw new IllegalArgumentException(
          columns.size() + " columns but " + types.length + " types for " + table);
    }
    for (int t : types) {
      if (!readable(t)) {
        throw new IllegalArgumentException("unsupported SQL type " + t + " in " + table);
      }
    }
    this.types = types.clone();
    String list = String.join(", ", columns);
    this.insert =
        "INSERT INTO "
            + table
            + " ("
            + list
            + ") VALUES ("
            + String.join(", ", java.util.Collections.nCopies(columns.size(), "?"))
            + ")";
    this.select =
        "SELECT " + list + " FROM " + table + " WHERE " + owner + " = ? ORDER BY " + orderBy;
    this.delete = "DELETE FROM " + table + " WHERE " + owner + " = ?";
  }

  private static boolean readable(int type) {
    return switch (type) {
      case Types.VARCHAR, Types.CHAR, Types.INTEGER, Types.SMALLINT, Types.BIGINT, Types.DATE ->
          true;
      default -> false;
    };
  }

  /**
   * Makes an aggregate's stored rows the given ones.
   *
   * @param c the unit of work's connection
   * @param id the aggregate's id
   * @param rows the rows as the aggregate now has them, in order
   * @param isNew whether the aggregate was just inserted (no rows yet)
   * @return whether anything was written
   * @throws SQLException on a database failure
   */
  public boolean write(Connection c, String id, List<Object[]> rows, boolean isNew)
      throws SQLException {
    if (!isNew) {
      if (same(read(c, id), rows)) {
        return false;
      }
      try (PreparedStatement s = c.prepareStatement(delete)) {
        s.setString(1, id);
        s.executeUpdate();
      }
    }
    if (rows.isEmpty()) {
      return !isNew;
    }
    try (PreparedStatement s = c.prepareStatement(insert)) {
      addAll(s, rows);
      s.executeBatch();
    }
    return true;
  }

  /**
   * Returns the statement that inserts one row, for a batch across aggregates ({@link #addAll}).
   *
   * @return the SQL
   */
  public String insertSql() {
    return insert;
  }

  /**
   * Adds rows to a batch of {@link #insertSql()}.
   *
   * @param s the statement
   * @param rows the rows
   * @throws SQLException on a binding failure
   */
  public void addAll(PreparedStatement s, List<Object[]> rows) throws SQLException {
    for (Object[] row : rows) {
      for (int i = 0; i < types.length; i++) {
        if (row[i] == null) {
          s.setNull(i + 1, types[i]);
        } else {
          s.setObject(i + 1, row[i]);
        }
      }
      s.addBatch();
    }
  }

  /**
   * Reads an aggregate's stored rows, as values of the types {@link #write} takes.
   *
   * @param c the connection
   * @param id the aggregate's id
   * @return the rows, in order
   * @throws SQLException on a database failure
   */
  public List<Object[]> read(Connection c, String id) throws SQLException {
    List<Object[]> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(select)) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Object[] row = new Object[types.length];
          for (int i = 0; i < types.length; i++) {
            row[i] = value(r, i + 1, types[i]);
          }
          out.add(row);
        }
      }
    }
    return out;
  }

  private static Object value(ResultSet r, int column, int type) throws SQLException {
    Object v =
        switch (type) {
          case Types.INTEGER, Types.SMALLINT -> r.getInt(column);
          case Types.BIGINT -> r.getLong(column);
          case Types.DATE -> r.getObject(column, LocalDate.class);
          default -> r.getString(column);
        };
    return r.wasNull() ? null : v;
  }

  private static boolean same(List<Object[]> stored, List<Object[]> rows) {
    if (stored.size() != rows.size()) {
      return false;
    }
    for (int i = 0; i < rows.size(); i++) {
      if (!Arrays.equals(stored.get(i), rows.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "child rows by " + owner;
  }
}
