package dev.revops.jdbc.table;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.error.ConcurrencyConflictException;
import dev.revops.core.port.Page;
import dev.revops.jdbc.DataAccessException;
import dev.revops.jdbc.Dialect;
import dev.revops.jdbc.JdbcUnitOfWork;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One aggregate table: {@code id}, {@code version}, the columns a finance query needs, the whole
 * aggregate as a JSON {@code body}, and {@code updated_at}; optionally child rows (invoice lines,
 * payment transactions) rewritten with the aggregate. Saves are optimistic: an insert for a new
 * aggregate, {@code UPDATE ... WHERE id = ? AND version = ?} for a stored one.
 *
 * @param <I> the id type
 * @param <A> the aggregate type
 */
public final class AggregateTable<I, A extends Aggregate<I, A>> {
  /**
   * How many parsed bodies each table keeps ({@link BodyCache}): enough for the rows a day of
   * business reads again and again (open invoices, dunning cases, resembling leads), small enough
   * that memory stays bounded whatever the table's size.
   */
  static final int BODY_CACHE_CAPACITY = 8192;

  private final JdbcUnitOfWork work;
  private final Dialect dialect;
  private final ObjectMapper json;
  private final Clock clock;
  private final String table;
  private final Class<A> type;
  private final Function<I, String> idText;
  private final List<Column<A>> columns;
  private final Children<A> children;
  private final String insert;
  private final String plainInsert;
  private final String update;
  private final String select;
  private final BodyCache<A> parsed = new BodyCache<>(BODY_CACHE_CAPACITY);

  /**
   * One promoted column and how to bind it from the aggregate.
   *
   * @param name the column name
   * @param binder binds the aggregate's value
   * @param <A> the aggregate type
   */
  public record Column<A>(String name, Sql.Binder<A> binder) {}

  /**
   * Writes the child rows of an aggregate after the aggregate row.
   *
   * @param <A> the aggregate type
   */
  @FunctionalInterface
  public interface Children<A> {
    /**
     * Replaces the aggregate's child rows.
     *
     * @param connection the unit of work's connection
     * @param aggregate the aggregate as stored
     * @param isNew whether the aggregate was inserted (no old rows to delete)
     * @throws SQLException on a database failure
     */
    void write(Connection connection, A aggregate, boolean isNew) throws SQLException;

    /**
     * Writes the child rows of several newly inserted aggregates. The default calls {@link #write}
     * for each; a table with many children per batch overrides it with batched statements across
     * the aggregates.
     *
     * @param connection the unit of work's connection
     * @param aggregates the aggregates as stored, all new
     * @throws SQLException on a database failure
     */
    default void writeAll(Connection connection, List<A> aggregates) throws SQLException {
      for (A a : aggregates) {
        write(connection, a, true);
      }
    }
  }

  /**
   * Describes a table.
   *
   * @param db the database the table is in
   * @param table the table name
   * @param type the aggregate's class (its JSON form is the body)
   * @param idText the id's text in the {@code id} column
   * @param columns the promoted columns, in the order of the table's definition
   * @param children the child rows, or null
   */
  public AggregateTable(
      Database db,
      String table,
      Class<A> type,
      Function<I, String> idText,
      List<Column<A>> columns,
      Children<A> children) {
    this.work = db.work();
    this.dialect = db.dialect();
    this.json = db.json();
    this.clock = db.clock();
    this.table = requireNonNull(table, "table");
    this.type = requireNonNull(type, "type");
    this.idText = requireNonNull(idText, "idText");
    this.columns = List.copyOf(columns);
    this.children = children;
    StringBuilder names = new StringBuilder("id, version");
    StringBuilder marks = new StringBuilder("?, ?");
    StringBuilder sets = new StringBuilder("version = ?");
    for (Column<A> c : this.columns) {
      names.append(", ").append(c.name());
      marks.append(", ?");
      sets.append(", ").append(c.name()).append(" = ?");
    }
    names.append(", body, updated_at");
    marks.append(", ").append(dialect.jsonParameter()).append(", ?");
    sets.append(", body = ").append(dialect.jsonParameter()).append(", updated_at = ?");
    this.plainInsert = "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")";
    this.insert = dialect.insertIfKeyAbsent(plainInsert, "id");
    this.update = "UPDATE " + table + " SET " + sets + " WHERE id = ? AND version = ?";
    this.select = "SELECT version, body FROM " + table;
  }

  /**
   * Returns the table's name.
   *
   * @return the name
   */
  public String table() {
    return table;
  }

  /**
   * Finds an aggregate by id.
   *
   * @param id the id
   * @return the aggregate with its stored version, or empty
   */
  public Optional<A> find(I id) {
    requireNonNull(id, "id");
    List<A> found = query("WHERE id = ?", (s, i, v) -> s.setString(i, idText.apply(id)), null);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * Finds several aggregates by id, with one query per {@link Sql#IN_LIST_CHUNK} ids.
   *
   * @param ids the ids (no null element)
   * @return the stored ones, in the order given, mapped to their aggregates
   */
  public java.util.Map<I, A> findAllById(java.util.Collection<I> ids) {
    requireNonNull(ids, "ids");
    java.util.Map<String, I> byText = new java.util.LinkedHashMap<>();
    for (I id : ids) {
      byText.putIfAbsent(idText.apply(requireNonNull(id, "id")), id);
    }
    java.util.Map<String, A> found = new java.util.HashMap<>();
    for (List<String> chunk : Sql.chunks(new ArrayList<>(byText.keySet()))) {
      List<A> rows = queryIn("id", chunk, "");
      for (A a : rows) {
        found.put(idText.apply(a.id()), a);
      }
    }
    java.util.Map<I, A> out = new java.util.LinkedHashMap<>();
    byText.forEach(
        (text, id) -> {
          A a = found.get(text);
          if (a != null) {
            out.put(id, a);
          }
        });
    return out;
  }

  /**
   * Saves an aggregate if the stored version is the expected one.
   *
   * @param aggregate the new value
   * @param expected the version the caller loaded, {@link Aggregate#NEW} for a new one
   * @return the stored value
   * @throws ConcurrencyConflictException when another version is stored
   */
  public A save(A aggregate, long expected) {
    requireNonNull(aggregate, "aggregate");
    if (expected < Aggregate.NEW) {
      throw new IllegalArgumentException("expected version must be >= 0, got " + expected);
    }
    A stored = aggregate.withVersion(expected + 1);
    String id = idText.apply(stored.id());
    String body = write(stored);
    return work.call(
        "save " + table,
        table,
        c -> {
          int rows =
              expected == Aggregate.NEW
                  ? insert(c, id, stored, body)
                  : update(c, id, stored, body, expected);
          if (rows != 1) {
            throw new ConcurrencyConflictException(stored.id(), expected, storedVersion(c, id));
          }
          if (children != null) {
            children.write(c, stored, expected == Aggregate.NEW);
          }
          parsed.keep(body, stored);
          return stored;
        });
  }

  /**
   * Inserts new aggregates with one batched statement (and their children with batched statements
   * across them), all or none: behind a savepoint, so a refused row leaves the caller's unit of
   * work usable and nothing of the batch stored. Runs in the current unit of work, or in one of its
   * own.
   *
   * @param aggregates the new values (no id twice)
   * @return the stored values with version 1, in order
   * @throws ConcurrencyConflictException when one of the ids is already stored (the first found)
   * @throws dev.revops.jdbc.ConstraintViolationException when a constraint refuses a row, naming it
   */
  public List<A> insertAll(List<A> aggregates) {
    requireNonNull(aggregates, "aggregates");
    if (aggregates.isEmpty()) {
      return List.of();
    }
    List<A> stored = new ArrayList<>(aggregates.size());
    List<String> ids = new ArrayList<>(aggregates.size());
    List<String> bodies = new ArrayList<>(aggregates.size());
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (A a : aggregates) {
      A s = requireNonNull(a, "aggregate").withVersion(Aggregate.NEW + 1);
      String id = idText.apply(s.id());
      if (!seen.add(id)) {
        throw new IllegalArgumentException(
            "aggregate " + id + " is given twice in one batch for " + table);
      }
      stored.add(s);
      ids.add(id);
      bodies.add(write(s));
    }
    return work.inTransaction(
        () ->
            work.call(
                "save a batch of " + table,
                table,
                c -> {
                  java.sql.Savepoint sp = c.getAutoCommit() ? null : c.setSavepoint();
                  try {
                    java.time.Instant now = clock.instant();
                    try (PreparedStatement s = c.prepareStatement(plainInsert)) {
                      for (int k = 0; k < stored.size(); k++) {
                        int i = bindRow(s, ids.get(k), stored.get(k));
                        s.setString(i++, bodies.get(k));
                        Sql.setInstant(s, i, now);
                        s.addBatch();
                      }
                      s.executeBatch();
                    }
                    if (children != null) {
                      children.writeAll(c, stored);
                    }
                  } catch (SQLException e) {
                    if (sp != null) {
                      c.rollback(sp);
                    }
                    for (int k = 0; k < ids.size(); k += Sql.IN_LIST_CHUNK) {
                      List<String> chunk =
                          ids.subList(k, Math.min(ids.size(), k + Sql.IN_LIST_CHUNK));
                      try (PreparedStatement q =
                          c.prepareStatement(
                              "SELECT id, version FROM "
                                  + table
                                  + " WHERE id IN ("
                                  + Sql.marks(chunk.size())
                                  + ") ORDER BY id")) {
                        for (int i = 0; i < chunk.size(); i++) {
                          q.setString(i + 1, chunk.get(i));
                        }
                        try (ResultSet r = q.executeQuery()) {
                          if (r.next()) {
                            String taken = r.getString(1);
                            throw new ConcurrencyConflictException(
                                stored.get(ids.indexOf(taken)).id(), Aggregate.NEW, r.getLong(2));
                          }
                        }
                      }
                    }
                    throw e;
                  }
                  if (sp != null) {
                    c.releaseSavepoint(sp);
                  }
                  return List.copyOf(stored);
                }));
  }

  private int insert(Connection c, String id, A stored, String body) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(insert)) {
      int i = bindRow(s, id, stored);
      s.setString(i++, body);
      Sql.setInstant(s, i, clock.instant());
      return s.executeUpdate();
    } catch (SQLException e) {
      if (dialect == Dialect.H2
          && dialect.isDuplicateKey(e)
          && storedVersion(c, id) != Aggregate.NEW) {
        return 0;
      }
      throw e;
    }
  }

  private int update(Connection c, String id, A stored, String body, long expected)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(update)) {
      int i = 1;
      s.setLong(i++, stored.version());
      for (Column<A> col : columns) {
        col.binder().bind(s, i++, stored);
      }
      s.setString(i++, body);
      Sql.setInstant(s, i++, clock.instant());
      s.setString(i++, id);
      s.setLong(i, expected);
      return s.executeUpdate();
    }
  }

  private int bindRow(PreparedStatement s, String id, A stored) throws SQLException {
    int i = 1;
    s.setString(i++, id);
    s.setLong(i++, stored.version());
    for (Column<A> col : columns) {
      col.binder().bind(s, i++, stored);
    }
    return i;
  }

  private long storedVersion(Connection c, String id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT version FROM " + table + " WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : Aggregate.NEW;
      }
    }
  }

  /**
   * Reads aggregates with a condition.
   *
   * @param where the SQL after {@code FROM table} ({@code WHERE ... ORDER BY ... LIMIT ?})
   * @param params binds the condition's parameters from index 1, or null when it has none
   * @param value passed to the binder
   * @param <P> the parameter value's type
   * @return the aggregates, in the query's order
   */
  public <P> List<A> query(String where, Sql.Binder<P> params, P value) {
    String sql = select + " " + where;
    return work.read(
        "read " + table,
        table,
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            if (params != null) {
              params.bind(s, 1, value);
            }
            List<A> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(read(r.getString("body")).withVersion(r.getLong("version")));
              }
            }
            return out;
          }
        });
  }

  /**
   * Reads aggregates with a condition on text parameters.
   *
   * @param where the SQL after {@code FROM table}, with one parameter for each value ({@code WHERE
   *     c = ? ORDER BY ...})
   * @param values the parameters, bound as strings from index 1, in order
   * @return the aggregates, in the query's order
   */
  public List<A> queryBy(String where, String... values) {
    return query(
        where,
        (s, i, v) -> {
          for (int k = 0; k < v.length; k++) {
            s.setString(i + k, v[k]);
          }
        },
        values);
  }

  /**
   * Reads the rows whose {@code column} is one of the values ({@link Sql#in}), for one chunk of a
   * batch read (at most {@link Sql#IN_LIST_CHUNK} values).
   *
   * @param column the column
   * @param values the values (not empty)
   * @param orderBy what follows the condition, e.g. {@code "ORDER BY saved_seq"}, or empty
   * @return the aggregates, in the query's order
   */
  public List<A> queryIn(String column, List<String> values, String orderBy) {
    return query(
        "WHERE "
            + Sql.in(dialect, column, values.size())
            + (orderBy.isEmpty() ? "" : " " + orderBy),
        (s, i, v) -> Sql.bindIn(dialect, s, i, v),
        values);
  }

  /**
   * Reads every row (tests and small exports).
   *
   * @return the aggregates, ordered by id
   */
  public List<A> findAll() {
    return query("ORDER BY id", null, null);
  }

  /**
   * Reads one keyset page ordered by id.
   *
   * @param after the previous page's cursor, or null
   * @param limit the most items (above zero)
   * @return the page
   */
  public Page<A> page(String after, int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("page limit must be above zero, got " + limit);
    }
    List<A> rows =
        after == null
            ? query("ORDER BY id LIMIT ?", (s, i, v) -> s.setInt(i, v), limit + 1)
            : query(
                "WHERE id > ? ORDER BY id LIMIT ?",
                (s, i, v) -> {
                  s.setString(i, after);
                  s.setInt(i + 1, v);
                },
                limit + 1);
    if (rows.size() <= limit) {
      return new Page<>(rows, null);
    }
    List<A> items = rows.subList(0, limit);
    return new Page<>(items, idText.apply(items.get(limit - 1).id()));
  }

  private String write(A aggregate) {
    try {
      return json.writeValueAsString(aggregate);
    } catch (JsonProcessingException e) {
      throw new DataAccessException("write " + type.getSimpleName() + " as JSON", null, e);
    }
  }

  private A read(String body) {
    return parsed.get(body, this::parse);
  }

  private A parse(String body) {
    try {
      return json.readValue(body, type);
    } catch (JsonProcessingException e) {
      throw new DataAccessException(
          "read a " + type.getSimpleName() + " from " + table + ".body", null, e);
    }
  }
}
