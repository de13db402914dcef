package dev.revops.jdbc.collections;

import dev.revops.jdbc.OneDatabase;
import dev.revops.testkit.fault.collections.CollectionsBackend;
import dev.revops.testkit.fault.collections.CollectionsFaultContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** revops-testkit's collections fault suite (every call struck, in every mode) on H2. */
class H2CollectionsFaultTest extends CollectionsFaultContract {
  @RegisterExtension static final OneDatabase DB = OneDatabase.h2("collections-faults");

  @Override
  protected CollectionsBackend backend() {
    return new JdbcCollectionsBackend(DB.get());
  }
}
