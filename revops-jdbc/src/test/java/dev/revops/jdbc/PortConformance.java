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
import dev.revops.core.port.Repository;
import dev.revops.jdbc.billing.JdbcCreditBalanceRepository;
import dev.revops.jdbc.billing.JdbcInvoiceRepository;
import dev.revops.jdbc.billing.JdbcPaymentRepository;
import dev.revops.jdbc.billing.JdbcSubscriptionRepository;
import dev.revops.jdbc.core.JdbcAccountRepository;
import dev.revops.jdbc.core.JdbcContactRepository;
import dev.revops.testkit.conformance.RepositoryContract;
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
  class Accounts extends RepositoryContract<AccountId, Account> {
    @Override
    protected Repository<AccountId, Account> newRepository() {
      return new JdbcAccountRepository(fresh().database());
    }

    @Override
    protected Account newAggregate(int n) {
      return Fixtures.account(n);
    }

    @Override
    protected Account change(Account a, int n) {
      return Fixtures.rename(a, n);
    }
  }

  @Nested
  class Contacts extends RepositoryContract<ContactId, Contact> {
    @Override
    protected Repository<ContactId, Contact> newRepository() {
      return new JdbcContactRepository(fresh().database());
    }

    @Override
    protected Contact newAggregate(int n) {
      return Fixtures.contact(n, Fixtures.ACCOUNT);
    }

    @Override
    protected Contact change(Contact c, int n) {
      return Fixtures.retitle(c, n);
    }
  }

  @Nested
  class Invoices extends RepositoryContract<InvoiceId, Invoice> {
    @Override
    protected Repository<InvoiceId, Invoice> newRepository() {
      return new JdbcInvoiceRepository(fresh().database());
    }

    @Override
    protected Invoice newAggregate(int n) {
      return Fixtures.invoice(n);
    }

    @Override
    protected Invoice change(Invoice i, int n) {
      return Fixtures.addLine(i, n);
    }
  }

  @Nested
  class Subscriptions extends RepositoryContract<SubscriptionId, Subscription> {
    @Override
    protected Repository<SubscriptionId, Subscription> newRepository() {
      return new JdbcSubscriptionRepository(fresh().database());
    }

    @Override
    protected Subscription newAggregate(int n) {
      return Fixtures.subscription(n);
    }

    @Override
    protected Subscription change(Subscription s, int n) {
      return Fixtures.pause(s, n);
    }
  }

  @Nested
  class Payments extends RepositoryContract<PaymentId, Payment> {
    @Override
    protected Repository<PaymentId, Payment> newRepository() {
      return new JdbcPaymentRepository(fresh().database());
    }

    @Override
    protected Payment newAggregate(int n) {
      return Fixtures.payment(n);
    }

    @Override
    protected Payment change(Payment p, int n) {
      return Fixtures.startCharge(p, n);
    }
  }

  @Nested
  class CreditBalances extends RepositoryContract<AccountId, CreditBalance> {
    @Override
    protected Repository<AccountId, CreditBalance> newRepository() {
      return new JdbcCreditBalanceRepository(fresh().database());
    }

    @Override
    protected CreditBalance newAggregate(int n) {
      return Fixtures.balance(n);
    }

    @Override
    protected CreditBalance change(CreditBalance b, int n) {
      return Fixtures.credit(b, n);
    }
  }
}
