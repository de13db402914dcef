package dev.revops.benchmarks.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.revops.jdbc.RevOpsDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A fresh, migrated database for {@link BillRunHarness}: an in-memory H2 database, or a schema of
 * its own on a PostgreSQL server (created when opened, dropped when closed), with a pool sized for
 * the harness's threads. Not thread-safe to open or close; the pool itself is.
 */
final class HarnessSchema implements AutoCloseable {
  private static final AtomicInteger SEQ = new AtomicInteger();

  private final String store;
  private final String serverUrl;
  private final String schema;
  private final HikariDataSource pool;
  private final RevOpsDatabase db;

  private HarnessSchema(
      String store, String serverUrl, String schema, HikariDataSource pool, Clock clock) {
    this.store = store;
    this.serverUrl = serverUrl;
    this.schema = schema;
    this.pool = pool;
    this.db = RevOpsDatabase.on(pool, clock).migrate();
  }

  /**
   * Opens a fresh database.
   *
   * @param store {@code h2} or {@code postgres}
   * @param jdbcUrl the PostgreSQL server's URL (ignored for H2)
   * @param label part of the schema's name
   * @param poolSize the pool's size
   * @param clock revops' clock on the database
   * @return the database, migrated
   */
  static HarnessSchema open(String store, String jdbcUrl, String label, int poolSize, Clock clock) {
    HikariConfig config = new HikariConfig();
    config.setMaximumPoolSize(poolSize);
    String name =
        "revops_billrun_"
            + label
            + "_"
            + ProcessHandle.current().pid()
            + "_"
            + SEQ.incrementAndGet();
    if (store.equals("h2")) {
      config.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
      return new HarnessSchema(store, null, null, new HikariDataSource(config), clock);
    }
    if (!store.equals("postgres")) {
      throw new IllegalArgumentException("--store must be h2 or postgres, got " + store);
    }
    execute(jdbcUrl, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
    execute(jdbcUrl, "CREATE SCHEMA " + name);
    config.setJdbcUrl(jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + name);
    return new HarnessSchema(store, jdbcUrl, name, new HikariDataSource(config), clock);
  }

  /**
   * The PostgreSQL URL by default: {@code REVOPS_PG_URL}, else the local server's database {@code
   * test} as user {@code postgres}.
   *
   * @return the URL
   */
  static String defaultPostgresUrl() {
    return Databases.pgUrl();
  }

  private static void execute(String url, String sql) {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          sql + " on " + RevOpsDatabase.withoutPassword(url) + ": " + e.getMessage(), e);
    }
  }

  RevOpsDatabase db() {
    return db;
  }

  DataSource dataSource() {
    return pool;
  }

  boolean postgres() {
    return store.equals("postgres");
  }

  @Override
  public void close() {
    pool.close();
    if (schema != null) {
      execute(serverUrl, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }
}
