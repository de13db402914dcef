package dev.revops.jdbc.collections;

import dev.revops.jdbc.OneDatabase;
import dev.revops.jdbc.RevOpsDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The collections repositories on H2. */
class H2CollectionsConformanceTest extends CollectionsConformance {
  @RegisterExtension static final OneDatabase DB = OneDatabase.h2("collections");

  @Override
  RevOpsDatabase db() {
    return DB.get();
  }
}
