package dev.revops.billing.service;

import static dev.revops.billing.Fixtures.CATALOG;
import static dev.revops.billing.Fixtures.NY;
import static dev.revops.billing.Fixtures.USD;
import static dev.revops.billing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.Billing;
import dev.revops.billing.Fixtures;
import dev.revops.billing.billrun.AccountBilling;
import dev.revops.billing.billrun.BillingResult;
import dev.revops.billing.catalog.Plan;
import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceEvents.InvoiceFinalized;
import dev.revops.billing.invoice.InvoiceStatus;
import dev.revops.billing.invoice.TaxPolicy;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.ManualClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BillingCycleServiceTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final LocalDate TARGET = LocalDate.of(2024, 4, 1);
  private static final List<Plan> PLANS =
      List.of(Fixtures.BASIC, Fixtures.PRO, Fixtures.WEEKLY, Fixtures.TRIAL, Fixtures.FIXED);
  private static final int ACCOUNTS = 60;

  private static Billing billing(ExecutorService pool) {
    Billing billing =
        Billing.builder()
            .events(new InMemoryEventPublisher())
            .clock(new ManualClock(Instant.parse("2024-01-01T14:00:00Z"), NY))
            .catalog(CATALOG)
            .tax(TaxPolicy.exclusive("VAT", Percentage.of("10")))
            .invoiceIds(new SequentialIdGenerator("in"))
            .billRunBatchSize(8)
            .executor(pool)
            .build();
    for (int i = 0; i < ACCOUNTS; i++) {
      billing
          .subscriptions()
          .create(
              NewSubscription.builder()
                  .id(SubscriptionId.of("s-" + i))
                  .account(account(i))
                  .currency(USD)
                  .zone(NY)
                  .plan(PLANS.get(i % PLANS.size()))
                  .startDate(START.plusDays(i % 9))
                  .build());
    }
    // a few accounts start with credit
    for (int i = 0; i < ACCOUNTS; i += 7) {
      billing.stores().balances().save(new CreditBalance(account(i), usd("12.5"), 0), 0);
    }
    return billing;
  }

  private static AccountId account(int i) {
    return AccountId.of("acc-" + i);
  }

  private static Iterator<AccountId> ids() {
    return IntStream.range(0, ACCOUNTS).mapToObj(BillingCycleServiceTest::account).iterator();
  }

  @Test
  void theBillRunIssuesWhatItsDryRunSaysIsDueAndWhatTheInvoiceServiceWouldIssue() {
    Billing run = billing(null);
    Billing oneByOne = billing(null);
    Map<AccountId, BillingResult> dry = new LinkedHashMap<>();
    run.billRun()
        .run(
            ids(),
            id ->
                new AccountBilling(
                    id,
                    run.stores().subscriptions().findByAccount(id),
                    run.stores().invoices().findByAccount(id),
                    List.of()),
            TARGET,
            o -> dry.put(o.account(), ((AccountOutcome.Billed) o).result()));

    List<AccountOutcome> outcomes = new ArrayList<>();
    BillRunReport report = run.billAll(ids(), TARGET, outcomes::add);

    assertThat(report.accounts()).isEqualTo(ACCOUNTS);
    assertThat(report.failed()).isZero();
    assertThat(report.lines())
        .isEqualTo(dry.values().stream().mapToLong(r -> r.lines().size()).sum());
    for (AccountOutcome o : outcomes) {
      AccountOutcome.Issued issued = (AccountOutcome.Issued) o;
      assertThat(issued.result()).isEqualTo(dry.get(o.account()));
      List<Invoice> expected = oneByOne.invoices().bill(o.account(), TARGET, List.of());
      assertThat(issued.invoices()).isEqualTo(expected);
      for (Invoice inv : issued.invoices()) {
        assertThat(inv.status()).isIn(InvoiceStatus.OPEN, InvoiceStatus.PAID);
        assertThat(run.stores().invoices().get(inv.id())).isEqualTo(inv);
      }
    }
    assertThat(run.stores().balances().findAll())
        .containsExactlyInAnyOrderElementsOf(oneByOne.stores().balances().findAll());

    // issuing again for the same date creates nothing
    BillRunReport again = run.billAll(ids(), TARGET, o -> {});
    assertThat(again.lines()).isZero();
    assertThat(again.billed()).isEqualTo(ACCOUNTS);
  }

  @Test
  void aPoolIssuesTheSameInvoicesAsTheCallersThread() throws Exception {
    Billing inline = billing(null);
    Map<AccountId, List<Money>> inlineTotals = totals(inline);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Billing pooled = billing(pool);
      assertThat(totals(pooled)).isEqualTo(inlineTotals);
      assertThat(pooled.stores().invoices().findAll())
          .hasSameSizeAs(inline.stores().invoices().findAll());
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  private static Map<AccountId, List<Money>> totals(Billing billing) {
    Map<AccountId, List<Money>> out = new LinkedHashMap<>();
    billing.billAll(
        ids(),
        TARGET,
        o ->
            out.put(
                o.account(),
                ((AccountOutcome.Issued) o).invoices().stream().map(Invoice::total).toList()));
    return out;
  }

  @Test
  void aFailingAccountIsReportedAndTheOthersAreIssued() {
    Billing billing = billing(null);
    BillingCycleService cycle = billing.billingCycle();
    List<AccountOutcome> outcomes = new ArrayList<>();
    BillRunReport report =
        billing
            .billRun()
            .issue(
                List.of(account(0), account(1), account(2)).iterator(),
                id -> {
                  if (id.equals(account(1))) {
                    throw new IllegalStateException("usage feed down for " + id);
                  }
                  return List.of();
                },
                TARGET,
                cycle,
                outcomes::add);
    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.billed()).isEqualTo(2);
    assertThat(outcomes.get(1)).isInstanceOf(AccountOutcome.Failed.class);
    assertThat(billing.stores().invoices().findByAccount(account(1))).isEmpty();
    assertThat(billing.stores().invoices().findByAccount(account(2))).isNotEmpty();
  }

  @Test
  void issuingPublishesOneFinalizationPerInvoice() {
    InMemoryEventPublisher events = new InMemoryEventPublisher();
    BillingStores stores = BillingStores.inMemory();
    ManualClock clock = new ManualClock(Instant.parse("2024-01-01T14:00:00Z"), NY);
    new SubscriptionService(stores.subscriptions(), CATALOG, events, clock)
        .create(
            NewSubscription.builder()
                .id(SubscriptionId.of("s"))
                .account(Fixtures.ACME)
                .currency(USD)
                .zone(NY)
                .plan(Fixtures.BASIC)
                .startDate(START)
                .build());
    BillingCycleService cycle =
        new BillingCycleService(stores, InvoiceSettings.of(CATALOG), events, clock);
    BillingResult due = cycle.due(Fixtures.ACME, TARGET, null);
    assertThat(due.lines()).hasSize(4);
    List<Invoice> issued = cycle.issue(due, TARGET);
    assertThat(issued).singleElement().satisfies(i -> assertThat(i.total()).isEqualTo(usd("120")));
    assertThat(events.published(InvoiceFinalized.class)).hasSize(1);
    assertThat(cycle.due(Fixtures.ACME, TARGET, null).lines()).isEmpty();
  }
}
