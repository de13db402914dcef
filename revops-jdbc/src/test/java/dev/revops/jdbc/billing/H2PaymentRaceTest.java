package dev.revops.jdbc.billing;

import dev.revops.jdbc.OneDatabase;
import dev.revops.testkit.fault.billing.BillingAdapters;
import dev.revops.testkit.fault.billing.PaymentRaceContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** revops-testkit's payment races (refunds, one key) on H2, with real connections. */
class H2PaymentRaceTest extends PaymentRaceContract {
  @RegisterExtension static final OneDatabase DB = OneDatabase.h2("payment-race");

  @Override
  protected BillingAdapters adapters() {
    return JdbcBillingAdapters.of(DB.get());
  }
}
