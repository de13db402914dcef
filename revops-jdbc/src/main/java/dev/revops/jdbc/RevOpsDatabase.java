package dev.revops.jdbc;

import static java.util.Objects.requireNonNull;

import dev.revops.core.json.RevOpsJson;
import dev.revops.jdbc.table.Database;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * revops on a database: the entry point of revops-jdbc. Give it the host's {@link DataSource} (a
 * pool, in production: HikariCP or the container's), let it migrate the schema, and take the ports
 * from it and from the per-module factories ({@code JdbcBillingStores}, ...):
 *
 * <pre>{@code
 * RevOpsDatabase db = RevOpsDatabase.on(dataSource).migrate();
 * BillingStores stores = JdbcBillingStores.of(db, gateway);
 * Billing billing = Billing.builder().stores(stores)
 *     .unitOfWork(db.unitOfWork()).outbox(db.outbox())
 *     .events(publisher).clock(clock).catalog(catalog).build();
 * OutboxRelay relay = new OutboxRelay(db.outbox(), publisher);
 * }</pre>
 *
 * <p>{@link #h2(Path)} and {@link #h2InMemory(String)} are the embedded default: an in-process H2
 * database with a small pool, for demos and prototypes. Thread-safe; {@link #close()} closes the
 * pool it made (never a host's {@code DataSource}).
 */
public final class RevOpsDatabase implements AutoCloseable {
  private static final Pattern PASSWORD =
      Pattern.compile("(?i)(password|pwd)=[^;&]*|//[^/@:]+:[^/@]+@");
  private static final Duration DEFAULT_LEASE = Duration.ofSeconds(60);

  /**
   * The embedded default's H2 settings: wait up to 10 s for a row lock (H2's default is 1 s), and
   * no H2 query cache. The embedded pool keeps each connection's prepared statements itself, so
   * nothing is parsed twice; H2's own cache of parsed statements would cost on every write instead:
   * the first row a transaction changes in a table makes H2 walk every statement in the cache
   * (measured on the demo: 8.5 % of its main thread with 256 statements kept, 75 s against 61.5 s
   * for the whole run).
   */
  private static final String H2_SETTINGS = ";LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=0";

  private final DataSource dataSource;
  private final AutoCloseable owned;
  private final String description;
  private final Dialect dialect;
  private final Database database;
  private final JdbcOutbox outbox;
  private final JdbcLocks locks;

  private RevOpsDatabase(
      DataSource dataSource, AutoCloseable owned, String description, Clock clock) {
    this.dataSource = dataSource;
    this.owned = owned;
    this.description = description;
    this.dialect = detect(dataSource, description);
    JdbcUnitOfWork work = new JdbcUnitOfWork(dataSource, description);
    this.database = new Database(work, dialect, RevOpsJson.mapper(), clock);
    this.outbox = new JdbcOutbox(database, DEFAULT_LEASE);
    this.locks = new JdbcLocks(database);
  }

  /**
   * revops on the host's data source, with the system clock (UTC) for {@code updated_at} and outbox
   * leases.
   *
   * @param dataSource the host's data source (never null); revops never closes it
   * @return the database
   * @throws DatabaseUnavailableException when no connection can be opened (the message names the
   *     URL without its password)
   * @throws UnsupportedDatabaseException when it is neither PostgreSQL nor H2
   */
  public static RevOpsDatabase on(DataSource dataSource) {
    return on(dataSource, Clock.systemUTC());
  }

  /**
   * revops on the host's data source with a given clock.
   *
   * @param dataSource the host's data source (never null)
   * @param clock the clock for {@code updated_at} and outbox leases (never null)
   * @return the database
   */
  public static RevOpsDatabase on(DataSource dataSource, Clock clock) {
    requireNonNull(dataSource, "dataSource");
    requireNonNull(clock, "clock");
    return new RevOpsDatabase(dataSource, null, describe(dataSource), clock);
  }

  /**
   * The embedded default: an H2 database in a file ({@code path} plus H2's {@code .mv.db}), with a
   * lock timeout of 10 s, a statement cache of 256 and a pool of up to 8 connections.
   *
   * @param path the file, without extension (never null)
   * @return the database; close it to close the pool
   */
  public static RevOpsDatabase h2(Path path) {
    requireNonNull(path, "path");
    return h2Url("jdbc:h2:file:" + path.toAbsolutePath() + H2_SETTINGS);
  }

  /**
   * An H2 database in memory, kept until {@link #close()}: for tests and trying revops out.
   *
   * @param name the database's name (two calls with one name share it)
   * @return the database; close it to drop the pool
   */
  public static RevOpsDatabase h2InMemory(String name) {
    requireNonNull(name, "name");
    return h2Url("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_SETTINGS);
  }

  private static RevOpsDatabase h2Url(String url) {
    java.sql.Driver h2 = new org.h2.Driver();
    java.util.Properties credentials = new java.util.Properties();
    credentials.setProperty("user", "sa");
    credentials.setProperty("password", "");
    EmbeddedPool pool =
        new EmbeddedPool(() -> h2.connect(url, credentials), 8, EmbeddedPool.DEFAULT_WAIT);
    return new RevOpsDatabase(pool, pool, url, Clock.systemUTC());
  }

  /**
   * Applies the migrations this code ships that the database does not have yet (none when it is
   * current: migrating twice is a no-op), in the data source's default schema, recording them in
   * {@code revops_schema_history}.
   *
   * @return this
   * @throws SchemaVersionException when the database has a newer revops schema than this code
   */
  public RevOpsDatabase migrate() {
    Flyway flyway = flyway();
    refuseNewer(flyway.info());
    MigrateResult result = flyway.migrate();
    if (!result.success) {
      throw new SchemaVersionException(
          String.valueOf(result.initialSchemaVersion), Migrations.LATEST, "the migration failed");
    }
    return this;
  }

  /**
   * Checks, without changing anything, that the database's revops schema is the one this code
   * needs.
   *
   * @return this
   * @throws SchemaVersionException when it is older (call {@link #migrate()}) or newer (upgrade
   *     revops)
   */
  public RevOpsDatabase checkSchema() {
    MigrationInfoService info = flyway().info();
    refuseNewer(info);
    if (info.pending().length > 0) {
      MigrationInfo current = info.current();
      throw new SchemaVersionException(
          current == null ? "none" : current.getVersion().getVersion(),
          Migrations.LATEST,
          "migrate it first (RevOpsDatabase.migrate(), or apply the SQL files of"
              + " dev/revops/jdbc/migration)");
    }
    return this;
  }

  /**
   * Returns the newest schema version this code ships.
   *
   * @return the version, e.g. {@code "4"}
   */
  public static String schemaVersion() {
    return Migrations.LATEST;
  }

  private static void refuseNewer(MigrationInfoService info) {
    for (MigrationInfo m : info.applied()) {
      if (m.getState().name().startsWith("FUTURE")) {
        MigrationInfo current = info.current();
        String version =
            current == null ? m.getVersion().getVersion() : current.getVersion().getVersion();
        throw new SchemaVersionException(
            version,
            Migrations.LATEST,
            "the database was migrated by a newer revops; upgrade revops-jdbc");
      }
    }
  }

  private Flyway flyway() {
    return Flyway.configure(RevOpsDatabase.class.getClassLoader())
        .dataSource(dataSource)
        .resourceProvider(new Migrations(dialect))
        .table("revops_schema_history")
        .loggers("slf4j")
        .cleanDisabled(true)
        .load();
  }

  /**
   * Returns the dialect of the database.
   *
   * @return the dialect
   */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * Returns what the adapters share (unit of work, dialect, JSON, clock): for the per-module
   * factories and for a host's own tables ({@code dev.revops.jdbc.table}).
   *
   * @return the shared parts
   */
  public Database database() {
    return database;
  }

  /**
   * Returns the unit of work over this database.
   *
   * @return the unit of work
   */
  public JdbcUnitOfWork unitOfWork() {
    return database.work();
  }

  /**
   * Returns the outbox on {@code revops_outbox}.
   *
   * @return the outbox
   */
  public JdbcOutbox outbox() {
    return outbox;
  }

  /**
   * Returns a second outbox over the same table, with its own claim owner and lease: what another
   * relay (or app instance) uses.
   *
   * @param lease how long a claimed batch stays reserved for its relay (above zero)
   * @return the outbox
   */
  public JdbcOutbox outbox(Duration lease) {
    return new JdbcOutbox(database, lease);
  }

  /**
   * Returns the subject locks on {@code revops_locks}.
   *
   * @return the locks
   */
  public JdbcLocks locks() {
    return locks;
  }

  /**
   * Returns how errors name this database: its URL without a password.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /** Closes the pool this object made ({@link #h2(Path)}); a host's data source stays open. */
  @Override
  public void close() {
    if (owned != null) {
      try {
        owned.close();
      } catch (Exception e) {
        throw new DataAccessException("close " + description, null, e);
      }
    }
  }

  private static Dialect detect(DataSource dataSource, String description) {
    try (Connection c = dataSource.getConnection()) {
      return Dialect.of(c);
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(description, e);
    }
  }

  /**
   * Names a data source by its URL when it has a getter for one (HikariCP, PostgreSQL's and H2's
   * data sources do), with any password removed.
   *
   * @param dataSource the data source
   * @return the URL without password, or the data source's class name
   */
  static String describe(DataSource dataSource) {
    for (String getter : new String[] {"getJdbcUrl", "getUrl", "getURL"}) {
      try {
        Method m = dataSource.getClass().getMethod(getter);
        Object url = m.invoke(dataSource);
        if (url != null) {
          return withoutPassword(url.toString());
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        // no such getter, or not accessible: try the next
      }
    }
    return "a " + dataSource.getClass().getName();
  }

  /**
   * Removes passwords from a JDBC URL ({@code password=...}, {@code user:secret@}).
   *
   * @param url the URL
   * @return the URL without passwords
   */
  public static String withoutPassword(String url) {
    return PASSWORD
        .matcher(url)
        .replaceAll(m -> m.group().startsWith("//") ? "//***@" : m.group(1) + "=***");
  }
}
