package dev.revops.jdbc.billing;

import dev.revops.jdbc.OneDatabase;
import dev.revops.testkit.fault.billing.BillingAdapters;
import dev.revops.testkit.fault.billing.PaymentRaceContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** revops-testkit's payment races (refunds, one key) on PostgreSQL, with real connections. */
class PostgresPaymentRaceTest extends PaymentRaceContract {
  @RegisterExtension static final OneDatabase DB = OneDatabase.postgres("payment_race");

  @Override
  protected BillingAdapters adapters() {
    return JdbcBillingAdapters.of(DB.get());
  }
}
