package dev.revops.jdbc.growth;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The referral races on H2: the racing services share one embedded database (its pool), each with
 * its own stores, and serialise on its row locks.
 */
class H2ReferralRaceTest extends ReferralRaceContract {
  private static RevOpsDatabase db;

  @BeforeAll
  static void open() {
    db = TestDatabases.h2("referral-race");
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Override
  List<RevOpsDatabase> instances() {
    return List.of(db, db);
  }

  @Override
  int rounds() {
    return 15;
  }
}
