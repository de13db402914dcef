package dev.revops.jdbc.sales;

import dev.revops.jdbc.OneDatabase;
import dev.revops.testkit.fault.sales.LeadRaceContract;
import dev.revops.testkit.fault.sales.SalesAdapters;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * revops-testkit's lead races (eight captures of one e-mail, eight conversions of one lead) on H2,
 * with real connections and row locks.
 */
class H2LeadRaceTest extends LeadRaceContract {
  @RegisterExtension static final OneDatabase DB = OneDatabase.h2("lead-race");

  @Override
  protected SalesAdapters newAdapters() {
    return JdbcSalesAdapters.fresh(DB.get());
  }
}
