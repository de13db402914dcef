package dev.revops.jdbc.sales;

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
 * The campaign sender's races and faults on PostgreSQL as two app instances: two {@link
 * RevOpsDatabase} objects over two pools on one schema, the racing senders alternating between
 * them, so one send per message and the frequency cap hold only if the database holds them.
 */
@ExtendWith(RequiresPostgres.class)
class PostgresCampaignSenderRaceTest extends CampaignSenderRaceContract {
  private static TestDatabases.PostgresSchema schema;
  private static HikariDataSource secondPool;
  private static RevOpsDatabase first;
  private static RevOpsDatabase second;

  @BeforeAll
  static void open() {
    schema = TestDatabases.postgres("campaign_race");
    first = schema.open(Clock.systemUTC());
    secondPool = schema.newPool();
    second = RevOpsDatabase.on(secondPool).checkSchema();
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
    return 12;
  }
}
