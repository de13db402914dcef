package dev.revops.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The repository contract on PostgreSQL, in a schema of its own. */
class PostgresPortConformanceTest extends PortConformance {
  @RegisterExtension static final OneDatabase DB = OneDatabase.postgres("conformance");

  @Override
  RevOpsDatabase db() {
    return DB.get();
  }
}
