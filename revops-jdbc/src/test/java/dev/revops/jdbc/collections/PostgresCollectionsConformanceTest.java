package dev.revops.jdbc.collections;

import dev.revops.jdbc.OneDatabase;
import dev.revops.jdbc.RevOpsDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The collections repositories on PostgreSQL, in a schema of its own. */
class PostgresCollectionsConformanceTest extends CollectionsConformance {
  @RegisterExtension static final OneDatabase DB = OneDatabase.postgres("collections");

  @Override
  RevOpsDatabase db() {
    return DB.get();
  }
}
