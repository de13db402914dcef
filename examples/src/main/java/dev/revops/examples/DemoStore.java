package dev.revops.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.revops.examples.simulation.Backend;
import dev.revops.jdbc.FinanceQueries;
import dev.revops.jdbc.RevOpsDatabase;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The store the demo runs on ({@code --store}): a fresh H2 file under the report's folder, the
 * in-memory defaults, or a fresh schema {@code revops_demo} on PostgreSQL, left in place after the
 * run so its tables can be queried.
 */
final class DemoStore implements AutoCloseable {
  /** The PostgreSQL schema the demo fills. */
  static final String SCHEMA = "revops_demo";

  private final Backend backend;
  private final RevOpsDatabase db;
  private final AutoCloseable pool;
  private final String where;

  private DemoStore(Backend backend, RevOpsDatabase db, AutoCloseable pool, String where) {
    this.backend = backend;
    this.db = db;
    this.pool = pool;
    this.where = where;
  }

  /**
   * Opens the store the options name, empty.
   *
   * @param options the options
   * @param folder where an H2 file goes
   * @return the store
   */
  static DemoStore open(SimulationOptions options, Path folder) {
    switch (options.store()) {
      case "memory":
        return new DemoStore(Backend.memory(), null, null, "in memory");
      case "h2":
        {
          Path file = folder.resolve("revops-demo").toAbsolutePath();
          try {
            Files.createDirectories(folder);
            Files.deleteIfExists(Path.of(file + ".mv.db"));
            Files.deleteIfExists(Path.of(file + ".trace.db"));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + file, e);
          }
          RevOpsDatabase db = RevOpsDatabase.h2(file).migrate();
          return new DemoStore(Backend.database(db), db, db, "H2 file " + file + ".mv.db");
        }
      default:
        {
          String url = options.jdbcUrl();
          try (Connection c = DriverManager.getConnection(url);
              Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA);
          } catch (SQLException e) {
            throw new IllegalArgumentException(
                "cannot prepare schema "
                    + SCHEMA
                    + " at "
                    + RevOpsDatabase.withoutPassword(url)
                    + ": "
                    + e.getMessage(),
                e);
          }
          HikariDataSource pool = new HikariDataSource(config(url));
          RevOpsDatabase db = RevOpsDatabase.on(pool).migrate();
          return new DemoStore(
              Backend.database(db),
              db,
              pool,
              "PostgreSQL schema " + SCHEMA + " at " + db.description());
        }
    }
  }

  private static HikariConfig config(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
    config.setMaximumPoolSize(4);
    config.setPoolName("revops-demo");
    return config;
  }

  Backend backend() {
    return backend;
  }

  String where() {
    return where;
  }

  /**
   * On PostgreSQL, prints the finance queries and what each returns (the first rows).
   *
   * @param out where to print
   */
  void printFinanceQueries(PrintStream out) {
    if (db == null || db.dialect() != dev.revops.jdbc.Dialect.POSTGRESQL) {
      return;
    }
    out.printf(
        "%nSQL on the run's tables (psql: SET search_path = %s; then any query below):%n", SCHEMA);
    for (Map.Entry<String, String> q : FinanceQueries.postgres().entrySet()) {
      out.printf("%n-- %s%n", q.getKey());
      List<String> rows = run(q.getValue(), 6);
      rows.forEach(r -> out.println("   " + r));
    }
  }

  private List<String> run(String sql, int limit) {
    List<String> rows = new ArrayList<>();
    db.unitOfWork()
        .call(
            "finance query",
            "(report)",
            c -> {
              try (Statement s = c.createStatement();
                  ResultSet r = s.executeQuery(sql)) {
                ResultSetMetaData m = r.getMetaData();
                StringBuilder head = new StringBuilder();
                for (int i = 1; i <= m.getColumnCount(); i++) {
                  head.append(i > 1 ? " | " : "").append(m.getColumnLabel(i));
                }
                rows.add(head.toString());
                int n = 0;
                while (r.next()) {
                  if (++n > limit) {
                    rows.add("...");
                    break;
                  }
                  StringBuilder line = new StringBuilder();
                  for (int i = 1; i <= m.getColumnCount(); i++) {
                    line.append(i > 1 ? " | " : "").append(r.getString(i));
                  }
                  rows.add(line.toString());
                }
              }
              return null;
            });
    return rows;
  }

  @Override
  public void close() {
    if (pool != null) {
      try {
        pool.close();
      } catch (Exception e) {
        throw new IllegalStateException("closing the demo's store failed", e);
      }
    }
  }
}
