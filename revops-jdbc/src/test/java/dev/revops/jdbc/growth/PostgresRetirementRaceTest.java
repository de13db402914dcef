package dev.revops.jdbc.growth;

import com.zaxxer.hikari.HikariDataSource;
import dev.revops.jdbc.RequiresPostgres;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The plan retirement races on PostgreSQL with two app instances: two pools on one schema. */
@ExtendWith(RequiresPostgres.class)
class PostgresRetirementRaceTest extends RetirementRaceContract {
  private static TestDatabases.PostgresSchema schema;
  private static HikariDataSource secondPool;
  private static RevOpsDatabase first;
  private static RevOpsDatabase second;

  @BeforeAll
  static void open() {
    schema = TestDatabases.postgres("retirement_race");
    first = schema.open(Clock.systemUTC());
    secondPool = schema.newPool();
    second = RevOpsDatabase.on(secondPool, Clock.systemUTC()).checkSchema();
  }

  @AfterAll
  static void close() {
    secondPool.close();
    schema.close();
  }

  @Override
  List<RevOpsDatabase> instances() {
    return List.of(first, second);
  }

  @Override
  int rounds() {
    return 15;
  }
}
