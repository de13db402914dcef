package dev.revops.jdbc.sales;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The index rows of one aggregate table: one row per (aggregate, key) in a table {@code (owner,
 * key[, flag], seq)}, where {@code seq} is an identity taken when the row is inserted. A save keeps
 * the rows of keys the aggregate still has (and so their {@code seq}), deletes the others and
 * inserts the new ones: ordered by {@code seq}, the aggregates under a key come in the order they
 * got it, as under core's {@code InMemoryIndex}. An optional flag column (1 or NULL) backs a unique
 * constraint on some keys. Written in the aggregate's unit of work, after its row. Stateless and
 * thread-safe.
 *
 * @param <A> the aggregate type
 */
final class KeyRows<A> {
  /**
   * One key of an aggregate.
   *
   * @param value the key as stored
   * @param flagged whether the flag column is 1 (else NULL)
   */
  record Key(String value, boolean flagged) {
    Key {
      requireNonNull(value, "value");
    }
  }

  private final Function<A, List<Key>> keys;
  private final String select;
  private final String delete;
  private final String flag;
  private final String insert;
  private final boolean flagged;

  /**
   * Describes the rows.
   *
   * @param table the index table
   * @param owner the column of the aggregate's id
   * @param key the key column
   * @param flagColumn the flag column, or null when the table has none
   * @param keys the keys of an aggregate, in the order it gets them
   */
  KeyRows(String table, String owner, String key, String flagColumn, Function<A, List<Key>> keys) {
    this.keys = requireNonNull(keys, "keys");
    this.flagged = flagColumn != null;
    this.select =
        "SELECT "
            + key
            + (flagged ? ", " + flagColumn : "")
            + " FROM "
            + table
            + " WHERE "
            + owner
            + " = ?";
    this.delete = "DELETE FROM " + table + " WHERE " + owner + " = ? AND " + key + " = ?";
    this.flag =
        flagged
            ? "UPDATE "
                + table
                + " SET "
                + flagColumn
                + " = ? WHERE "
                + owner
                + " = ? AND "
                + key
                + " = ?"
            : null;
    this.insert =
        flagged
            ? "INSERT INTO "
                + table
                + " ("
                + owner
                + ", "
                + key
                + ", "
                + flagColumn
                + ") VALUES (?, ?, ?)"
            : "INSERT INTO " + table + " (" + owner + ", " + key + ") VALUES (?, ?)";
  }

  /**
   * Rewrites an aggregate's rows: deletions and cleared flags first, then set flags and insertions
   * (so a key moving between aggregates of one unit of work never breaks the unique constraint).
   *
   * @param c the unit of work's connection
   * @param id the aggregate's id
   * @param aggregate the aggregate as stored
   * @param isNew whether it was just inserted (no rows yet)
   * @throws SQLException on a database failure, e.g. a flagged key another aggregate holds
   */
  void write(Connection c, String id, A aggregate, boolean isNew) throws SQLException {
    Map<String, Boolean> now = new LinkedHashMap<>();
    for (Key k : keys.apply(aggregate)) {
      now.putIfAbsent(k.value(), flagged && k.flagged());
    }
    Map<String, Boolean> stored = isNew ? Map.of() : read(c, id);
    List<String> gone = new ArrayList<>();
    List<String> cleared = new ArrayList<>();
    List<String> set = new ArrayList<>();
    for (Map.Entry<String, Boolean> e : stored.entrySet()) {
      Boolean wanted = now.get(e.getKey());
      if (wanted == null) {
        gone.add(e.getKey());
      } else if (!wanted.equals(e.getValue())) {
        (wanted ? set : cleared).add(e.getKey());
      }
    }
    if (!gone.isEmpty()) {
      try (PreparedStatement s = c.prepareStatement(delete)) {
        for (String k : gone) {
          s.setString(1, id);
          s.setString(2, k);
          s.addBatch();
        }
        s.executeBatch();
      }
    }
    setFlags(c, id, cleared, false);
    setFlags(c, id, set, true);
    List<Map.Entry<String, Boolean>> added = new ArrayList<>();
    for (Map.Entry<String, Boolean> e : now.entrySet()) {
      if (!stored.containsKey(e.getKey())) {
        added.add(e);
      }
    }
    if (added.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(insert)) {
      for (Map.Entry<String, Boolean> e : added) {
        s.setString(1, id);
        s.setString(2, e.getKey());
        if (flagged) {
          bindFlag(s, 3, e.getValue());
        }
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private void setFlags(Connection c, String id, List<String> which, boolean on)
      throws SQLException {
    if (which.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(flag)) {
      for (String k : which) {
        bindFlag(s, 1, on);
        s.setString(2, id);
        s.setString(3, k);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void bindFlag(PreparedStatement s, int i, boolean on) throws SQLException {
    if (on) {
      s.setInt(i, 1);
    } else {
      s.setNull(i, Types.SMALLINT);
    }
  }

  private Map<String, Boolean> read(Connection c, String id) throws SQLException {
    Map<String, Boolean> out = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(select)) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          boolean on = false;
          if (flagged) {
            r.getInt(2);
            on = !r.wasNull();
          }
          out.put(r.getString(1), on);
        }
      }
    }
    return out;
  }
}
