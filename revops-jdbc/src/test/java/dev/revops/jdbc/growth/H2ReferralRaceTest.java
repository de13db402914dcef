package dev.revops.jdbc.growth;

import dev.revops.jdbc.OneDatabase;
import dev.revops.jdbc.RevOpsDatabase;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The referral races on H2: the racing services share one embedded database (its pool), each with
 * its own stores, and serialise on its row locks.
 */
class H2ReferralRaceTest extends ReferralRaceContract {
  @RegisterExtension static final OneDatabase DB = OneDatabase.h2("referral-race");

  @Override
  List<RevOpsDatabase> instances() {
    return List.of(DB.get(), DB.get());
  }

  @Override
  int rounds() {
    return 15;
  }
}
