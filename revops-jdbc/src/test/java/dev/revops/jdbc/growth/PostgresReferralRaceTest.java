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

/**
 * The referral races on PostgreSQL with two app instances: two pools on one schema, so only the
 * database's row locks and constraints hold the rules between them.
 */
@ExtendWith(RequiresPostgres.class)
class PostgresReferralRaceTest extends ReferralRaceContract {
  private static TestDatabases.PostgresSchema schema;
  private static HikariDataSource secondPool;
  private static RevOpsDatabase first;
  private static RevOpsDatabase second;

  @BeforeAll
  static void open() {
    schema = TestDatabases.postgres("referral_race");
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
    return 30;
  }
}
