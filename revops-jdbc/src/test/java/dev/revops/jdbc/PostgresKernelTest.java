package dev.revops.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.revops.core.time.ManualClock;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The kernel contract on PostgreSQL (two pools on one schema of its own). */
@ExtendWith(RequiresPostgres.class)
class PostgresKernelTest extends KernelContract {
  private static TestDatabases.PostgresSchema schema;

  @BeforeAll
  static void create() {
    schema = TestDatabases.postgres("kernel");
  }

  @AfterAll
  static void drop() {
    schema.close();
  }

  @Override
  protected RevOpsDatabase open(ManualClock clock) {
    HikariDataSource pool = schema.newPool();
    closeLater(pool);
    return RevOpsDatabase.on(pool, clock).migrate();
  }

  @Override
  protected DataSource raw() {
    return schema.dataSource();
  }
}
