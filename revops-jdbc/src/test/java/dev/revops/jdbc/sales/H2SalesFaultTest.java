package dev.revops.jdbc.sales;

import dev.revops.jdbc.OneDatabase;
import dev.revops.testkit.fault.sales.SalesAdapters;
import dev.revops.testkit.fault.sales.SalesFaultContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** revops-testkit's sales fault sweep (every call struck, before and after) on H2. */
class H2SalesFaultTest extends SalesFaultContract {
  @RegisterExtension static final OneDatabase DB = OneDatabase.h2("sales-faults");

  /** Fresh adapters on empty tables. */
  @Override
  protected SalesAdapters newAdapters() {
    return JdbcSalesAdapters.fresh(DB.get());
  }
}
