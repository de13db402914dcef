package dev.revops.jdbc.billing;

import com.zaxxer.hikari.HikariDataSource;
import dev.revops.core.time.ManualClock;
import dev.revops.jdbc.RequiresPostgres;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sharded bill run on PostgreSQL. */
@ExtendWith(RequiresPostgres.class)
class PostgresBillRunTest extends BillRunContract {
  private static TestDatabases.PostgresSchema schema;

  @BeforeAll
  static void create() {
    schema = TestDatabases.postgres("billrun");
  }

  @AfterAll
  static void drop() {
    schema.close();
  }

  @Override
  RevOpsDatabase open(ManualClock clock) {
    HikariDataSource pool = schema.newPool();
    opened.add(pool);
    return RevOpsDatabase.on(pool, clock).migrate();
  }
}
