package dev.revops.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.billrun.BillingResult;
import dev.revops.billing.billrun.UsageRecord;
import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.CatalogLoader;
import dev.revops.billing.catalog.TestCatalogs;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceStatus;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.invoice.TaxPolicy;
import dev.revops.billing.port.memory.InMemoryPaymentGateway;
import dev.revops.billing.service.BillingStores;
import dev.revops.billing.subscription.ChangeTiming;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.ProrationMode;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.port.memory.InMemoryEventPublisher;
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

    // --- README: example
    Catalog catalog = CatalogLoader.create().load(json);
    Clock clock = new ManualClock(Instant.parse("2024-01-31T15:00:00Z"), ZoneId.of("UTC"));
    var events = new InMemoryEventPublisher();
    Billing billing =
        Billing.builder()
            .stores(BillingStores.inMemory().withGateway(myGateway))
            .events(events)
            .clock(clock)
            .catalog(catalog)
            .tax(TaxPolicy.exclusive("VAT", Percentage.of("20")))
            .terms(PaymentTerms.net(30))
            .build();

    Subscription s =
        billing
            .subscriptions()
            .create(
                NewSubscription.builder()
                    .id(SubscriptionId.of("sub-1"))
                    .account(AccountId.of("acc-1"))
                    .currency(Money.currency("USD"))
                    .zone(ZoneId.of("America/New_York"))
                    .plan(catalog.plan("pro-monthly"))
                    .startDate(LocalDate.of(2024, 1, 31))
                    .build());
    BillingResult preview = billing.invoices().preview(s.account(), today, usage); // dry run
    List<Invoice> created = billing.invoices().bill(s.account(), today, usage);
    billing
        .payments()
        .pay("charge-" + created.get(0).id(), s.account(), created.get(0).amountDue(), null);
    List<Invoice> again = billing.invoices().bill(s.account(), today, usage); // creates nothing
    billing
        .subscriptions()
        .changePlan(s.id(), "pro-monthly", 5, ChangeTiming.IMMEDIATE, ProrationMode.NONE);
    // --- end

    // the 14-day trial ends Feb 14: one seat at 30.00 plus 20 % VAT
    assertThat(preview.lines()).hasSize(1);
    assertThat(created.get(0).total()).isEqualTo(Money.of("36", "USD"));
    assertThat(billing.stores().invoices().get(created.get(0).id()).status())
        .isEqualTo(InvoiceStatus.PAID);
    assertThat(again).isEmpty();
    assertThat(billing.stores().subscriptions().get(s.id()).segmentOn(today).quantity())
        .isEqualTo(5);
  }
}
