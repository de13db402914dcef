package dev.revops.jdbc.sales;

import dev.revops.jdbc.OneDatabase;
import dev.revops.jdbc.RevOpsDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The repository contract on every sales repository, on PostgreSQL, in a schema of its own. */
class PostgresSalesPortConformanceTest extends SalesPortConformance {
  @RegisterExtension static final OneDatabase DB = OneDatabase.postgres("sales_conformance");

  @Override
  RevOpsDatabase db() {
    return DB.get();
  }
}
