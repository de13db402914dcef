package dev.revops.billing;

import static dev.revops.billing.Fixtures.ACME;
import static dev.revops.billing.Fixtures.CATALOG;
import static dev.revops.billing.Fixtures.NY;
import static dev.revops.billing.Fixtures.USD;
import static dev.revops.billing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.billing.billrun.InvoiceGenerator;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceEvents.InvoiceFinalized;
import dev.revops.billing.invoice.InvoiceEvents.InvoicePaymentApplied;
import dev.revops.billing.invoice.InvoiceStatus;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.invoice.TaxPolicy;
import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.PaymentStatus;
import dev.revops.billing.port.memory.InMemoryPlanMigrationRepository;
import dev.revops.billing.port.memory.InMemoryPlanRetirements;
import dev.revops.billing.service.BillingCycleService;
import dev.revops.billing.service.BillingStores;
import dev.revops.billing.service.PlanRetirementService;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.money.Percentage;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.InMemoryLocks;
import dev.revops.core.port.memory.InMemoryUnitOfWork;
import dev.revops.core.time.ManualClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillingTest {
  final ManualClock clock = new ManualClock(Instant.parse("2024-04-01T14:00:00Z"), NY);
  final InMemoryEventPublisher events = new InMemoryEventPublisher();

  @Test
  void aBillingWiredInOneLineIssuesAndPaysAnInvoice() {
    BillingStores stores = BillingStores.inMemory();
    Billing billing =
        Billing.builder()
            .stores(stores)
            .events(events)
            .clock(clock)
            .catalog(CATALOG)
            .tax(TaxPolicy.exclusive("VAT", Percentage.of("10")))
            .terms(PaymentTerms.net(14))
            .build();
    Subscription s =
        billing
            .subscriptions()
            .create(Fixtures.newSubscription("s-1", Fixtures.BASIC, LocalDate.of(2024, 4, 1)));

    List<Invoice> issued = billing.invoices().bill(ACME, LocalDate.of(2024, 4, 1), List.of());

    assertThat(issued).singleElement().satisfies(i -> assertThat(i.total()).isEqualTo(usd("33")));
    Invoice invoice = issued.get(0);
    assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(invoice.dueOn()).isEqualTo(LocalDate.of(2024, 4, 15));
    assertThat(stores.invoices().findByAccount(s.account())).containsExactly(invoice);

    Payment paid = billing.payments().pay("charge-1", ACME, invoice.amountDue(), invoice.id());

    assertThat(paid.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(stores.invoices().get(invoice.id()).status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(events.published(InvoiceFinalized.class)).hasSize(1);
    assertThat(events.published(InvoicePaymentApplied.class)).hasSize(1);
    assertThat(billing.stores()).isSameAs(stores);
    assertThat(billing.invoicing().catalog()).isSameAs(CATALOG);
  }

  @Test
  void theEventsTheClockAndTheCatalogAreRequired() {
    assertThatThrownBy(() -> Billing.builder().events(events).clock(clock).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("catalog");
    assertThatThrownBy(() -> Billing.builder().catalog(CATALOG).clock(clock).build())
        .hasMessageContaining("events");
    assertThatThrownBy(() -> Billing.builder().catalog(CATALOG).events(events).build())
        .hasMessageContaining("clock");
  }

  @Test
  void theBuilderHandsTheServicesWhatItWasGiven() {
    InMemoryUnitOfWork work = new InMemoryUnitOfWork();
    InMemoryPlanRetirements retirements = new InMemoryPlanRetirements(CATALOG);
    Billing billing =
        Billing.builder()
            .events(events)
            .clock(clock)
            .catalog(CATALOG)
            .unitOfWork(work)
            .generator(InvoiceGenerator.byDay())
            .retirements(retirements)
            .recoveryBatchSize(1)
            .build();

    assertThat(billing.unitOfWork()).isSameAs(work);
    assertThat(billing.context().work()).isSameAs(work);
    assertThat(billing.context().outbox()).isSameAs(billing.outbox());
    assertThat(billing.retirements()).isSameAs(retirements);
    PlanRetirementService endOfLife =
        billing.planRetirement(new InMemoryPlanMigrationRepository(), new InMemoryLocks());
    assertThat(endOfLife).isNotNull();

    billing
        .subscriptions()
        .create(Fixtures.newSubscription("s-1", Fixtures.BASIC, LocalDate.of(2024, 4, 1)));
    BillingCycleService cycle = billing.billingCycle();
    assertThat(cycle.due(ACME, LocalDate.of(2024, 4, 1), null).lines()).isNotEmpty();
    assertThat(cycle.issue(ACME, LocalDate.of(2024, 4, 1), null))
        .singleElement()
        .satisfies(i -> assertThat(i.total()).isEqualTo(usd("30")));
  }

  @Test
  void aRecoveryBatchBelowOneIsRefusedByName() {
    assertThatThrownBy(() -> Billing.builder().recoveryBatchSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recoveryBatchSize must be at least 1, got 0");
    assertThatThrownBy(() -> Billing.builder().billRunBatchSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batchSize must be at least 1, got 0");
    Billing.Builder one = Billing.builder();
    assertThat(one.billRunBatchSize(1)).isSameAs(one);
  }

  @Test
  void aBillingCycleWithItsOwnSettingsIssuesABatchPerAccountAndRefusesAnAccountGivenTwice() {
    Billing billing = Billing.builder().events(events).clock(clock).catalog(CATALOG).build();
    dev.revops.billing.service.InvoiceSettings taxed =
        dev.revops.billing.service.InvoiceSettings.of(CATALOG)
            .withTax(TaxPolicy.exclusive("VAT", Percentage.of("10")));
    BillingCycleService cycle = billing.billingCycle(taxed);
    assertThat(cycle.settings()).isSameAs(taxed);
    dev.revops.core.id.AccountId other = dev.revops.core.id.AccountId.of("acc-2");
    billing
        .subscriptions()
        .create(Fixtures.newSubscription("s-1", Fixtures.BASIC, LocalDate.of(2024, 4, 1)));
    billing
        .subscriptions()
        .create(
            NewSubscription.builder()
                .id(SubscriptionId.of("s-2"))
                .account(other)
                .currency(USD)
                .zone(NY)
                .plan(Fixtures.BASIC)
                .startDate(LocalDate.of(2024, 4, 1))
                .build());
    assertThat(cycle.issueAll(List.of(), LocalDate.of(2024, 4, 1)).issued()).isEmpty();
    assertThatThrownBy(() -> cycle.issueAll(List.of(ACME, ACME), LocalDate.of(2024, 4, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("account acc-1 is given twice");
    dev.revops.billing.service.BatchIssue batch =
        cycle.issueAll(List.of(ACME, other), LocalDate.of(2024, 4, 1));
    assertThat(batch.failed()).isEmpty();
    assertThat(batch.issued()).containsOnlyKeys(ACME, other);
    assertThat(batch.issued().values())
        .allSatisfy(
            invoices ->
                assertThat(invoices)
                    .singleElement()
                    .satisfies(i -> assertThat(i.total()).isEqualTo(usd("33"))));
  }

  @Test
  void anInvoiceWrittenOffOrVoidedIsReturnedAsStored() {
    BillingStores stores = BillingStores.inMemory();
    Billing billing =
        Billing.builder().stores(stores).events(events).clock(clock).catalog(CATALOG).build();
    for (String id : List.of("s-1", "s-2")) {
      billing
          .subscriptions()
          .create(Fixtures.newSubscription(id, Fixtures.BASIC, LocalDate.of(2024, 4, 1)));
    }
    List<Invoice> issued = billing.invoices().bill(ACME, LocalDate.of(2024, 4, 1), List.of());
    assertThat(issued).hasSizeGreaterThanOrEqualTo(1);
    Invoice first = issued.get(0);

    Invoice written = billing.invoices().markUncollectible(first.id());

    assertThat(written.status()).isEqualTo(InvoiceStatus.UNCOLLECTIBLE);
    assertThat(stores.invoices().get(first.id())).isEqualTo(written);

    Invoice other = billing.invoices().bill(ACME, LocalDate.of(2024, 5, 1), List.of()).get(0);
    Invoice voided = billing.invoices().voidInvoice(other.id());

    assertThat(voided.status()).isEqualTo(InvoiceStatus.VOID);
    assertThat(stores.invoices().get(other.id())).isEqualTo(voided);
  }
}
