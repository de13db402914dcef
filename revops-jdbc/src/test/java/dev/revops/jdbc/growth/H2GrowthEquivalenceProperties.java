package dev.revops.jdbc.growth;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** The growth repositories on H2 against the in-memory defaults. */
class H2GrowthEquivalenceProperties extends GrowthEquivalenceContract {
  private static RevOpsDatabase db;

  @BeforeContainer
  static void open() {
    db = TestDatabases.h2("growth-equivalence");
  }

  @AfterContainer
  static void close() {
    db.close();
  }

  @Override
  RevOpsDatabase db() {
    return db;
  }
}
