package dev.revops.jdbc.growth;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TwoPostgresInstances;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The referral races on PostgreSQL with two app instances (two pools on one schema). */
class PostgresReferralRaceTest extends ReferralRaceContract {
  @RegisterExtension
  static final TwoPostgresInstances PAIR = new TwoPostgresInstances("referral_race");

  @Override
  List<RevOpsDatabase> instances() {
    return PAIR.databases();
  }

  @Override
  int rounds() {
    return 30;
  }
}
