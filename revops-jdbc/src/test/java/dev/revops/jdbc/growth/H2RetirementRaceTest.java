package dev.revops.jdbc.growth;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The plan retirement races on H2: two services share one embedded database and its row locks. */
class H2RetirementRaceTest extends RetirementRaceContract {
  private static RevOpsDatabase db;

  @BeforeAll
  static void open() {
    db = TestDatabases.h2("retirement-race");
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
    return 8;
  }
}
