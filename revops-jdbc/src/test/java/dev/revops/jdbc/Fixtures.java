package dev.revops.jdbc;

import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.LineType;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.payment.GatewayRequest;
import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.PaymentId;
import dev.revops.billing.payment.TransactionType;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.money.Money;
import dev.revops.core.party.Account;
import dev.revops.core.party.Contact;
import dev.revops.core.time.DateRange;
import dev.revops.testkit.fault.billing.BillingFaultWorld;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/** Small, valid aggregates for the adapter tests. */
final class Fixtures {
  static final Currency USD = Currency.getInstance("USD");
  static final AccountId ACCOUNT = AccountId.of("acct-1");
  static final LocalDate APRIL = LocalDate.of(2024, 4, 1);
  static final Instant AT = Instant.parse("2024-04-01T12:00:00Z");
  static final DateRange APRIL_PERIOD = new DateRange(APRIL, APRIL.plusMonths(1));

  private Fixtures() {}

  static Money usd(long minor) {
    return Money.ofMinor(minor, USD);
  }

  static Account account(int n) {
    return Account.of(AccountId.of("acct-" + n), "Account " + n, ZoneId.of("UTC"), USD, "US");
  }

  static Account rename(Account a, int n) {
    return new Account(
        a.id(),
        "renamed " + n,
        a.timeZone(),
        a.currency(),
        a.country(),
        a.region(),
        null,
        a.version());
  }

  static Contact contact(int n, AccountId account) {
    return new Contact(
        ContactId.of("contact-" + n),
        account,
        "Contact " + n,
        "billing",
        List.of("c" + n + "@example.com"),
        List.of(),
        Set.of(ZoneId.of("UTC")),
        0);
  }

  static Contact retitle(Contact c, int n) {
    return new Contact(
        c.id(), c.account(), c.name(), "role " + n, c.emails(), c.phones(), c.zones(), c.version());
  }

  static InvoiceLine recurring(String subscription, DateRange period, long minor) {
    return new InvoiceLine(
        LineType.RECURRING, "Basic", usd(minor), 1, period, subscription, "basic-fee");
  }

  static Invoice invoice(int n) {
    return Invoice.draft()
        .id(InvoiceId.of("inv-" + n))
        .account(ACCOUNT)
        .currency(USD)
        .lines(
            List.of(InvoiceLine.of(LineType.ONE_TIME, "Setup " + n, usd(100L * n), APRIL_PERIOD)))
        .terms(PaymentTerms.net(30))
        .build();
  }

  static Invoice addLine(Invoice i, int n) {
    return i.addLines(
        List.of(InvoiceLine.of(LineType.ONE_TIME, "Extra " + n, usd(10L + n), APRIL_PERIOD)));
  }

  static Subscription subscription(int n) {
    return Subscription.create(
            NewSubscription.builder()
                .id(SubscriptionId.of("sub-" + n))
                .account(ACCOUNT)
                .currency(USD)
                .zone(ZoneOffset.UTC)
                .plan(BillingFaultWorld.CATALOG.plan("basic"))
                .startDate(APRIL)
                .build(),
            APRIL,
            AT)
        .value();
  }

  static Subscription pause(Subscription s, int n) {
    return s.pause(APRIL.plusDays(1 + n % 20), false, AT).value();
  }

  static Payment payment(int n) {
    return Payment.create(PaymentId.of("pay-" + n), ACCOUNT, usd(1000L + n), null);
  }

  static Payment startCharge(Payment p, int n) {
    return p.start(
            new GatewayRequest("key-" + n, p.id(), TransactionType.PURCHASE, p.amount()),
            AT.plusSeconds(n))
        .value();
  }

  static CreditBalance balance(int n) {
    return CreditBalance.empty(AccountId.of("acct-" + n), USD);
  }

  static CreditBalance credit(CreditBalance b, int n) {
    return b.add(usd(100L + n));
  }
}
