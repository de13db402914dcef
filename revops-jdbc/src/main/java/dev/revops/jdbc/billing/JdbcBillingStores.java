package dev.revops.jdbc.billing;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.port.PaymentGateway;
import dev.revops.billing.service.BillingStores;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.table.Database;

/** revops-billing's stores on a database: every port of {@link BillingStores} but the gateway. */
public final class JdbcBillingStores {
  private JdbcBillingStores() {}

  /**
   * Returns the billing stores on a database, with the host's payment gateway.
   *
   * @param db the database (migrated)
   * @param gateway the payment gateway (never null)
   * @return the stores
   */
  public static BillingStores of(RevOpsDatabase db, PaymentGateway gateway) {
    requireNonNull(db, "db");
    requireNonNull(gateway, "gateway");
    Database d = db.database();
    return new BillingStores(
        new JdbcInvoiceRepository(d),
        new JdbcSubscriptionRepository(d),
        new JdbcCreditBalanceRepository(d),
        new JdbcPaymentRepository(d),
        new JdbcIdempotencyStore(d),
        gateway);
  }
}
