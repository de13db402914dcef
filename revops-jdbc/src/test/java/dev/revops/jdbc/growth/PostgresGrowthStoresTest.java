package dev.revops.jdbc.growth;

import dev.revops.jdbc.OneDatabase;
import dev.revops.jdbc.RevOpsDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The growth stores on PostgreSQL, in a schema of its own. */
class PostgresGrowthStoresTest extends GrowthStoresContract {
  @RegisterExtension static final OneDatabase DB = OneDatabase.postgres("growth_stores");

  @Override
  RevOpsDatabase db() {
    return DB.get();
  }
}
