package dev.revops.jdbc.sales;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.revops.jdbc.RequiresPostgres;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import dev.revops.testkit.fault.sales.LeadRaceContract;
import dev.revops.testkit.fault.sales.SalesAdapters;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * revops-testkit's lead races on PostgreSQL, as two app instances: two {@link RevOpsDatabase}
 * objects over two pools on one schema, the racing threads split between them ({@link
 * TwoInstances}), so one lead per e-mail and one conversion per lead hold across instances.
 */
@ExtendWith(RequiresPostgres.class)
class PostgresLeadRaceTest extends LeadRaceContract {
  private static TestDatabases.PostgresSchema schema;
  private static HikariDataSource secondPool;
  private static RevOpsDatabase first;
  private static RevOpsDatabase second;
  private TwoInstances last;

  @BeforeAll
  static void open() {
    schema = TestDatabases.postgres("lead_race");
    first = schema.open(Clock.systemUTC());
    HikariConfig config = new HikariConfig();
    String url = TestDatabases.postgresUrl();
    config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema.schema());
    config.setMaximumPoolSize(10);
    config.setPoolName(schema.schema() + "-second");
    secondPool = new HikariDataSource(config);
    second = RevOpsDatabase.on(secondPool).checkSchema();
  }

  @AfterAll
  static void close() {
    secondPool.close();
    schema.close();
  }

  @Override
  protected SalesAdapters newAdapters() {
    last = TwoInstances.of(first, second);
    return last.adapters();
  }

  @AfterEach
  void bothInstancesServed() {
    assertThat(last.instancesUsed()).as("instances that served the last round").isEqualTo(2);
  }
}
