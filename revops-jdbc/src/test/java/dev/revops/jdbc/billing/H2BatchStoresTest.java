package dev.revops.jdbc.billing;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;

/** The batch reads and batched inserts on H2. */
class H2BatchStoresTest extends BatchStoresContract {
  @Override
  RevOpsDatabase open() {
    return TestDatabases.h2("batch");
  }
}
