package dev.revops.jdbc.billing;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;

/** revops-testkit's billing fault sweep (every call struck, in every mode) on H2. */
class H2BillingFaultTest extends BillingFaultContract {
  @Override
  RevOpsDatabase open() {
    return TestDatabases.h2("billing-faults");
  }

  @Override
  void close(RevOpsDatabase db) {
    db.close();
  }
}
