package dev.revops.jdbc.sales;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The campaign and marketing stores on H2. */
class H2CampaignStoresTest extends CampaignStoresContract {
  private static RevOpsDatabase db;

  @BeforeAll
  static void open() {
    db = TestDatabases.h2("campaign-stores");
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Override
  RevOpsDatabase db() {
    return db;
  }
}
