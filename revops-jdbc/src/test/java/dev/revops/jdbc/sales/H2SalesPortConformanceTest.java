package dev.revops.jdbc.sales;

import dev.revops.jdbc.OneDatabase;
import dev.revops.jdbc.RevOpsDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The repository contract on every sales repository, on H2. */
class H2SalesPortConformanceTest extends SalesPortConformance {
  @RegisterExtension static final OneDatabase DB = OneDatabase.h2("sales-conformance");

  @Override
  RevOpsDatabase db() {
    return DB.get();
  }
}
