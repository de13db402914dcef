package dev.revops.jdbc.sales;

import dev.revops.jdbc.OneDatabase;
import dev.revops.testkit.fault.sales.SalesAdapters;
import dev.revops.testkit.fault.sales.SalesFaultContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** revops-testkit's sales fault sweep on PostgreSQL, in a schema of its own. */
class PostgresSalesFaultTest extends SalesFaultContract {
  @RegisterExtension static final OneDatabase DB = OneDatabase.postgres("sales_faults");

  /** Fresh adapters on empty tables. */
  @Override
  protected SalesAdapters newAdapters() {
    return JdbcSalesAdapters.fresh(DB.get());
  }
}
