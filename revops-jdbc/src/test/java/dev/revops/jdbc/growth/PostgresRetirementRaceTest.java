package dev.revops.jdbc.growth;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TwoPostgresInstances;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The plan retirement races on PostgreSQL with two app instances (two pools on one schema). */
class PostgresRetirementRaceTest extends RetirementRaceContract {
  @RegisterExtension
  static final TwoPostgresInstances PAIR = new TwoPostgresInstances("retirement_race");

  @Override
  List<RevOpsDatabase> instances() {
    return PAIR.databases();
  }

  @Override
  int rounds() {
    return 15;
  }
}
