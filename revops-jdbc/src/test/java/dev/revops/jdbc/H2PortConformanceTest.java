package dev.revops.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The repository contract on H2. */
class H2PortConformanceTest extends PortConformance {
  @RegisterExtension static final OneDatabase DB = OneDatabase.h2("conformance");

  @Override
  RevOpsDatabase db() {
    return DB.get();
  }
}
