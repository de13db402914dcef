package dev.revops.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The databases the tests run on: a fresh in-memory H2 database, or a schema of its own on the
 * PostgreSQL server of {@code REVOPS_PG_URL} (default {@code
 * jdbc:postgresql://127.0.0.1:5432/test?user=postgres}), dropped when closed.
 */
public final class TestDatabases {
  private static final AtomicInteger SEQ = new AtomicInteger();

  /** The growth tables (referrals, offers, plan retirements), children before parents. */
  public static final List<String> GROWTH =
      List.of(
          "revops_referrals",
          "revops_referral_codes",
          "revops_offer_presentations",
          "revops_offer_holdings",
          "revops_plan_migrations",
          "revops_plan_retirements");

  /** The collections tables, children before parents. */
  public static final List<String> COLLECTIONS =
      List.of(
          "revops_activity_log",
          "revops_activity_heads",
          "revops_payment_status",
          "revops_plan_installments",
          "revops_plan_debts",
          "revops_payment_plans",
          "revops_promises",
          "revops_dunning_cases");

  /** The sales tables (leads, opportunities, orders, returns, cases, feedback). */
  public static final List<String> SALES =
      List.of(
          "revops_leads_by_key",
          "revops_leads",
          "revops_opportunities",
          "revops_orders_by_status",
          "revops_orders",
          "revops_returns_by_order",
          "revops_returns",
          "revops_cases_by_status",
          "revops_cases",
          "revops_feedback");

  /** The billing tables, children before parents. */
  public static final List<String> BILLING =
      List.of(
          "revops_bill_run_accounts",
          "revops_invoice_lines",
          "revops_credit_notes",
          "revops_invoices",
          "revops_payment_transactions",
          "revops_payments",
          "revops_credit_balances",
          "revops_subscriptions",
          "revops_idempotency_keys");

  /** The outbox and the locks, which every module's stores write. */
  public static final List<String> OUTBOX_AND_LOCKS = List.of("revops_outbox", "revops_locks");

  /** The kernel's contacts and accounts, children before parents. */
  public static final List<String> PARTIES = List.of("revops_contacts", "revops_accounts");

  /** Every revops table, children before parents (the order rows are deleted in). */
  public static final List<String> TABLES =
      join(GROWTH, COLLECTIONS, SALES, BILLING, OUTBOX_AND_LOCKS, PARTIES);

  private TestDatabases() {}

  /**
   * Joins lists of tables, in the order given.
   *
   * @param groups the lists
   * @return one list of them all
   */
  @SafeVarargs
  public static List<String> join(List<String>... groups) {
    return Stream.of(groups).flatMap(List::stream).toList();
  }

  /**
   * Returns the PostgreSQL URL the tests use.
   *
   * @return the URL
   */
  public static String postgresUrl() {
    String url = System.getenv("REVOPS_PG_URL");
    return url == null || url.isBlank()
        ? "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"
        : url;
  }

  /**
   * A fresh, migrated H2 database in memory.
   *
   * @param label part of the name
   * @return the database (close it)
   */
  public static RevOpsDatabase h2(String label) {
    return RevOpsDatabase.h2InMemory(label + "-" + SEQ.incrementAndGet()).migrate();
  }

  /** A schema of its own on the PostgreSQL server, with a pool on it. */
  public static final class PostgresSchema implements AutoCloseable {
    private final String schema;
    private final HikariDataSource pool;

    PostgresSchema(String label) {
      this.schema =
          ("revops_t_" + label + "_" + ProcessHandle.current().pid() + "_" + SEQ.incrementAndGet())
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^a-z0-9_]", "_");
      execute("CREATE SCHEMA " + schema);
      this.pool = newPool();
    }

    /**
     * Returns another pool on the schema: what a second instance of the host's app has. The caller
     * closes it.
     *
     * @return a new pool
     */
    public HikariDataSource newPool() {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(
          postgresUrl() + (postgresUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema);
      config.setMaximumPoolSize(10);
      config.setPoolName(schema + "-" + SEQ.incrementAndGet());
      return new HikariDataSource(config);
    }

    /**
     * Returns the pool on the schema.
     *
     * @return the data source
     */
    public HikariDataSource dataSource() {
      return pool;
    }

    /**
     * Returns revops on the schema, migrated.
     *
     * @param clock the clock
     * @return the database
     */
    public RevOpsDatabase open(Clock clock) {
      return RevOpsDatabase.on(pool, clock).migrate();
    }

    /**
     * Returns the schema's name.
     *
     * @return the name
     */
    public String schema() {
      return schema;
    }

    @Override
    public void close() {
      pool.close();
      execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static void execute(String sql) {
      try (Connection c = DriverManager.getConnection(postgresUrl());
          Statement s = c.createStatement()) {
        s.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException(sql + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Opens a schema of its own on PostgreSQL.
   *
   * @param label part of the schema's name
   * @return the schema (close it to drop it)
   */
  public static PostgresSchema postgres(String label) {
    return new PostgresSchema(label);
  }

  /**
   * Deletes every row of every revops table.
   *
   * @param db the database
   */
  public static void clear(RevOpsDatabase db) {
    clear(db, TABLES);
  }

  /**
   * Deletes every row of the given tables, in the order given (children before parents).
   *
   * @param db the database
   * @param tables the tables
   * @return the database
   */
  public static RevOpsDatabase clear(RevOpsDatabase db, List<String> tables) {
    db.unitOfWork()
        .call(
            "clear",
            "(all)",
            c -> {
              try (Statement s = c.createStatement()) {
                for (String t : tables) {
                  s.executeUpdate("DELETE FROM " + t);
                }
              }
              return null;
            });
    return db;
  }
}
