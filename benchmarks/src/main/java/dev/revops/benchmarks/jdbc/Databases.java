package dev.revops.benchmarks.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.revops.jdbc.RevOpsDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** The two databases the JDBC benchmarks run on, each in a fresh database or schema. */
final class Databases implements AutoCloseable {
  private final String store;
  private final String schema;
  private final HikariDataSource pool;
  private final RevOpsDatabase db;

  private Databases(String store, String schema, HikariDataSource pool) {
    this.store = store;
    this.schema = schema;
    this.pool = pool;
    this.db = RevOpsDatabase.on(pool).migrate();
  }

  /**
   * Opens a fresh database.
   *
   * @param store {@code h2} (in memory) or {@code postgres} (a new schema on {@code REVOPS_PG_URL},
   *     default the local server's database {@code test})
   * @param label part of the database's name
   * @return the database
   */
  static Databases open(String store, String label) {
    HikariConfig config = new HikariConfig();
    config.setMaximumPoolSize(4);
    String schema = null;
    if (store.equals("h2")) {
      config.setJdbcUrl(
          "jdbc:h2:mem:bench-" + label + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    } else if (store.equals("postgres")) {
      schema = "revops_bench_" + label + "_" + ProcessHandle.current().pid();
      execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      execute("CREATE SCHEMA " + schema);
      config.setJdbcUrl(pgUrl() + (pgUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema);
    } else {
      throw new IllegalArgumentException("store must be h2 or postgres, got " + store);
    }
    return new Databases(store, schema, new HikariDataSource(config));
  }

  static String pgUrl() {
    String url = System.getenv("REVOPS_PG_URL");
    return url == null || url.isBlank()
        ? "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"
        : url;
  }

  private static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(pgUrl());
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  RevOpsDatabase db() {
    return db;
  }

  DataSource dataSource() {
    return pool;
  }

  String store() {
    return store;
  }

  @Override
  public void close() {
    pool.close();
    if (schema != null) {
      execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }
}
