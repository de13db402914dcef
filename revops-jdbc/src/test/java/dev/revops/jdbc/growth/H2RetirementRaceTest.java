package dev.revops.jdbc.growth;

import dev.revops.jdbc.OneDatabase;
import dev.revops.jdbc.RevOpsDatabase;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The plan retirement races on H2: two services share one embedded database and its row locks. */
class H2RetirementRaceTest extends RetirementRaceContract {
  @RegisterExtension static final OneDatabase DB = OneDatabase.h2("retirement-race");

  @Override
  List<RevOpsDatabase> instances() {
    return List.of(DB.get(), DB.get());
  }

  @Override
  int rounds() {
    return 8;
  }
}
