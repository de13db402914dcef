package dev.revops.jdbc.sales;

import dev.revops.jdbc.RequiresPostgres;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The campaign and marketing stores on PostgreSQL, in a schema of its own. */
@ExtendWith(RequiresPostgres.class)
class PostgresCampaignStoresTest extends CampaignStoresContract {
  private static TestDatabases.PostgresSchema schema;
  private static RevOpsDatabase db;

  @BeforeAll
  static void open() {
    schema = TestDatabases.postgres("campaign_stores");
    db = schema.open(Clock.systemUTC());
  }

  @AfterAll
  static void close() {
    schema.close();
  }

  @Override
  RevOpsDatabase db() {
    return db;
  }
}
