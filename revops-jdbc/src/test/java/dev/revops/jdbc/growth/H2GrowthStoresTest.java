package dev.revops.jdbc.growth;

import dev.revops.jdbc.OneDatabase;
import dev.revops.jdbc.RevOpsDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The growth stores on H2. */
class H2GrowthStoresTest extends GrowthStoresContract {
  @RegisterExtension static final OneDatabase DB = OneDatabase.h2("growth-stores");

  @Override
  RevOpsDatabase db() {
    return DB.get();
  }
}
