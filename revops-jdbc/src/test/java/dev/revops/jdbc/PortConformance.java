package dev.revops.jdbc;

import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.PaymentId;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.party.Account;
import dev.revops.core.party.Contact;
import dev.revops.jdbc.billing.JdbcCreditBalanceRepository;
import dev.revops.jdbc.billing.JdbcInvoiceRepository;
import dev.revops.jdbc.billing.JdbcPaymentRepository;
import dev.revops.jdbc.billing.JdbcSubscriptionRepository;
import dev.revops.jdbc.core.JdbcAccountRepository;
import dev.revops.jdbc.core.JdbcContactRepository;
import org.junit.jupiter.api.Nested;

/**
 * revops-testkit's repository contract on every revops-jdbc repository; {@code
 * H2PortConformanceTest} and {@code PostgresPortConformanceTest} run it on each database. Each
 * repository starts empty: {@code newRepository()} clears the tables.
 */
abstract class PortConformance {
  /**
   * Returns the database of the running test class.
   *
   * @return the database, migrated
   */
  abstract RevOpsDatabase db();

  private RevOpsDatabase fresh() {
    RevOpsDatabase db = db();
    TestDatabases.clear(db);
    return db;
  }

  @Nested
  class Accounts extends RepositoryContractOf<AccountId, Account> {
    Accounts() {
      super(
          () -> new JdbcAccountRepository(fresh().database()),
          n -> Fixtures.account(n),
          (a, n) -> Fixtures.rename(a, n));
    }
  }

  @Nested
  class Contacts extends RepositoryContractOf<ContactId, Contact> {
    Contacts() {
      super(
          () -> new JdbcContactRepository(fresh().database()),
          n -> Fixtures.contact(n, Fixtures.ACCOUNT),
          (c, n) -> Fixtures.retitle(c, n));
    }
  }

  @Nested
  class Invoices extends RepositoryContractOf<InvoiceId, Invoice> {
    Invoices() {
      super(
          () -> new JdbcInvoiceRepository(fresh().database()),
          n -> Fixtures.invoice(n),
          (i, n) -> Fixtures.addLine(i, n));
    }
  }

  @Nested
  class Subscriptions extends RepositoryContractOf<SubscriptionId, Subscription> {
    Subscriptions() {
      super(
          () -> new JdbcSubscriptionRepository(fresh().database()),
          n -> Fixtures.subscription(n),
          (s, n) -> Fixtures.pause(s, n));
    }
  }

  @Nested
  class Payments extends RepositoryContractOf<PaymentId, Payment> {
    Payments() {
      super(
          () -> new JdbcPaymentRepository(fresh().database()),
          n -> Fixtures.payment(n),
          (p, n) -> Fixtures.startCharge(p, n));
    }
  }

  @Nested
  class CreditBalances extends RepositoryContractOf<AccountId, CreditBalance> {
    CreditBalances() {
      super(
          () -> new JdbcCreditBalanceRepository(fresh().database()),
          n -> Fixtures.balance(n),
          (b, n) -> Fixtures.credit(b, n));
    }
  }
}
