package dev.revops.jdbc.sales;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The campaign sender's races and faults on H2: the racing senders share one database (its pool of
 * connections), each with its own stores, and serialise on its row locks.
 */
class H2CampaignSenderRaceTest extends CampaignSenderRaceContract {
  private static RevOpsDatabase db;

  @BeforeAll
  static void open() {
    db = TestDatabases.h2("campaign-race");
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Override
  List<RevOpsDatabase> instances() {
    return List.of(db);
  }

  @Override
  int rounds() {
    return 20;
  }
}
