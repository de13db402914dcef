package dev.revops.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.billrun.BillingResult;
import dev.revops.billing.billrun.InvoiceGenerator;
import dev.revops.billing.billrun.UsageRecord;
import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.CatalogLoader;
import dev.revops.billing.catalog.TestCatalogs;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceStatus;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.invoice.TaxPolicy;
import dev.revops.billing.port.memory.InMemoryCreditBalanceRepository;
import dev.revops.billing.port.memory.InMemoryIdempotencyStore;
import dev.revops.billing.port.memory.InMemoryInvoiceRepository;
import dev.revops.billing.port.memory.InMemoryPaymentGateway;
import dev.revops.billing.port.memory.InMemoryPaymentRepository;
import dev.revops.billing.port.memory.InMemorySubscriptionRepository;
import dev.revops.billing.service.InvoiceService;
import dev.revops.billing.service.PaymentService;
import dev.revops.billing.service.SubscriptionService;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.UuidIdGenerator;
import dev.revops.core.time.ManualClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's example, compiled and run (with a manual clock and the fake gateway). */
class ReadmeExampleTest {
  @Test
  void theReadmeExampleRuns() {
    String json = TestCatalogs.JSON;
    InMemoryPaymentGateway myGateway = new InMemoryPaymentGateway();
    LocalDate today = LocalDate.of(2024, 2, 14);
    List<UsageRecord> usage = List.of();

    Catalog catalog = CatalogLoader.create().load(json);
    Clock clock = new ManualClock(Instant.parse("2024-01-31T15:00:00Z"), ZoneId.of("UTC"));
    var subs = new InMemorySubscriptionRepository();
    var invoices = new InMemoryInvoiceRepository();
    var balances = new InMemoryCreditBalanceRepository();
    var events = new InMemoryEventPublisher();
    var subscriptions = new SubscriptionService(subs, catalog, events, clock);
    var billing =
        new InvoiceService(
            invoices,
            subs,
            balances,
            catalog,
            InvoiceGenerator.byDay(),
            TaxPolicy.exclusive("VAT", Percentage.of("20")),
            PaymentTerms.net(30),
            new UuidIdGenerator(),
            events,
            clock);
    var payments =
        new PaymentService(
            new InMemoryPaymentRepository(),
            invoices,
            balances,
            myGateway,
            new InMemoryIdempotencyStore(),
            new UuidIdGenerator(),
            events,
            clock);

    Subscription s =
        subscriptions.create(
            NewSubscription.of(
                SubscriptionId.of("sub-1"),
                AccountId.of("acc-1"),
                Money.currency("USD"),
                ZoneId.of("America/New_York"),
                catalog.plan("pro-monthly"),
                LocalDate.of(2024, 1, 31)));
    BillingResult preview = billing.preview(s.account(), today, usage);
    List<Invoice> created = billing.bill(s.account(), today, usage);
    payments.pay("charge-" + created.get(0).id(), s.account(), created.get(0).amountDue(), null);

    // the 14-day trial ends Feb 14: one seat at 30.00 plus 20 % VAT
    assertThat(preview.lines()).hasSize(1);
    assertThat(created.get(0).total()).isEqualTo(Money.of("36", "USD"));
    assertThat(invoices.get(created.get(0).id()).status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(billing.bill(s.account(), today, usage)).isEmpty();
  }
}
