package dev.revops.jdbc.collections;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.revops.jdbc.RequiresPostgres;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The activity-log contract on PostgreSQL, in a schema of its own: two application instances are
 * two {@link RevOpsDatabase} objects, each over a HikariCP pool of its own on the schema.
 */
@ExtendWith(RequiresPostgres.class)
class PostgresActivityLogTest extends ActivityLogContract {
  private static TestDatabases.PostgresSchema schema;
  private static RevOpsDatabase db;
  private static HikariDataSource otherPool;
  private static RevOpsDatabase other;

  @BeforeAll
  static void open() {
    schema = TestDatabases.postgres("activity_log");
    db = schema.open(Clock.systemUTC());
    HikariConfig config = new HikariConfig();
    String url = TestDatabases.postgresUrl();
    config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema.schema());
    config.setMaximumPoolSize(8);
    config.setPoolName(schema.schema() + "_other");
    otherPool = new HikariDataSource(config);
    other = RevOpsDatabase.on(otherPool).checkSchema();
  }

  @AfterAll
  static void close() {
    if (otherPool != null) {
      otherPool.close();
    }
    schema.close();
  }

  @Override
  RevOpsDatabase db() {
    return db;
  }

  @Override
  RevOpsDatabase otherInstance() {
    return other;
  }
}
