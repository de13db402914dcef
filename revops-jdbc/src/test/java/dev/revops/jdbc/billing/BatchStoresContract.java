package dev.revops.jdbc.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.billing.Billing;
import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.Plan;
import dev.revops.billing.catalog.PlanPhase;
import dev.revops.billing.catalog.Price;
import dev.revops.billing.catalog.Product;
import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.port.memory.InMemoryPaymentGateway;
import dev.revops.billing.service.BatchIssue;
import dev.revops.billing.service.BillingStores;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.error.ConcurrencyConflictException;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.BillingInterval;
import dev.revops.core.time.IntervalUnit;
import dev.revops.core.time.ManualClock;
import dev.revops.jdbc.ConstraintViolationException;
import dev.revops.jdbc.RevOpsDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The batch reads and the batched insert behind {@code BillingCycleService.issueAll} on one
 * database: each batch read returns what the per-account reads return, and what the in-memory
 * stores return for the same data, across more accounts than one {@code IN} list holds; a batched
 * insert that meets a taken id or a line billed twice throws a typed exception and stores nothing
 * of the batch, and the database takes the next write.
 */
abstract class BatchStoresContract {
  /** More than one IN list (1,000 ids) so the reads are split. */
  static final int ACCOUNTS = 1_030;

  static final LocalDate START = LocalDate.of(2024, 1, 1);
  static final Plan MONTHLY = plan("monthly", BillingInterval.MONTHLY, Money.of("40", "USD"));
  static final Plan WEEKLY =
      plan("weekly", BillingInterval.every(1, IntervalUnit.WEEK), Money.of("9.99", "USD"));
  static final Plan EURO = plan("euro", BillingInterval.MONTHLY, Money.of("25", "EUR"));
  static final Catalog CATALOG =
      Catalog.of(List.of(new Product("app", "App")), List.of(MONTHLY, WEEKLY, EURO), List.of());

  /** An evergreen plan of the app at a flat fee ({@code <id>-fee}). */
  private static Plan plan(String id, BillingInterval interval, Money fee) {
    return Plan.of(id, "app", interval, PlanPhase.evergreen(Price.flat(id + "-fee", fee)));
  }

  final ManualClock clock = new ManualClock(Instant.parse("2024-01-01T06:00:00Z"), ZoneOffset.UTC);
  RevOpsDatabase db;
  Billing jdbc;
  Billing memory;
  final List<AccountId> accounts = new ArrayList<>();

  /**
   * Opens revops on an empty database of the test's kind.
   *
   * @return the database, migrated and empty
   */
  abstract RevOpsDatabase open();

  private Billing billing(BillingStores stores, RevOpsDatabase on) {
    Billing.Builder b =
        Billing.builder()
            .stores(stores)
            .events(new InMemoryEventPublisher())
            .clock(clock)
            .catalog(CATALOG)
            .invoiceIds(new SequentialIdGenerator("inv"))
            .paymentIds(new SequentialIdGenerator("pay"));
    if (on != null) {
      b.unitOfWork(on.unitOfWork()).outbox(on.outbox());
    }
    return b.build();
  }

  @BeforeEach
  void setUp() {
    db = open();
    jdbc = billing(JdbcBillingStores.of(db, new InMemoryPaymentGateway()), db);
    memory = billing(BillingStores.inMemory(), null);
    List<Subscription> subs = new ArrayList<>();
    for (int i = 0; i < ACCOUNTS; i++) {
      AccountId a = AccountId.of(String.format("acct-%05d", i));
      accounts.add(a);
      LocalDate start = START.plusDays(i % 28);
      subs.add(subscription("s-" + i, a, i % 3 == 0 ? WEEKLY : MONTHLY, start));
      if (i % 5 == 0) {
        subs.add(subscription("s-" + i + "-eur", a, EURO, start.plusDays(2)));
      }
    }
    jdbc.stores().subscriptions().saveAllNew(subs);
    memory.stores().subscriptions().saveAllNew(subs);
    for (int i = 0; i < ACCOUNTS; i += 7) {
      CreditBalance credit = new CreditBalance(accounts.get(i), Money.of("15.50", "USD"), 0);
      jdbc.stores().balances().save(credit, 0);
      memory.stores().balances().save(credit, 0);
    }
    // two runs: every account in February, every third one again in April
    issueBoth(accounts, LocalDate.of(2024, 2, 10));
    List<AccountId> third = new ArrayList<>();
    for (int i = 0; i < ACCOUNTS; i += 3) {
      third.add(accounts.get(i));
    }
    issueBoth(third, LocalDate.of(2024, 4, 2));
  }

  private void issueBoth(List<AccountId> which, LocalDate asOf) {
    BatchIssue a = jdbc.billingCycle().issueAll(which, asOf);
    BatchIssue b = memory.billingCycle().issueAll(which, asOf);
    assertThat(a.failed()).isEmpty();
    assertThat(a.issued()).isEqualTo(b.issued());
    assertThat(a.invoiceCount()).isPositive();
  }

  private static Subscription subscription(String id, AccountId a, Plan plan, LocalDate start) {
    return Subscription.create(
            NewSubscription.builder()
                .id(SubscriptionId.of(id))
                .account(a)
                .currency(Money.currency(plan == EURO ? "EUR" : "USD"))
                .zone(ZoneOffset.UTC)
                .plan(plan)
                .startDate(start)
                .build(),
            start,
            Instant.parse("2024-01-01T00:00:00Z"))
        .value();
  }

  /** The accounts asked for: all of them, two unknown ones, in a shuffled order. */
  private Set<AccountId> asked() {
    Set<AccountId> out = new LinkedHashSet<>();
    out.add(AccountId.of("acct-unknown-1"));
    for (int i = ACCOUNTS - 1; i >= 0; i -= 2) {
      out.add(accounts.get(i));
    }
    for (int i = 0; i < ACCOUNTS; i += 2) {
      out.add(accounts.get(i));
    }
    out.add(AccountId.of("acct-unknown-2"));
    return out;
  }

  @Test
  void subscriptionsByAccountsAreWhatEachAccountsReadReturns() {
    Set<AccountId> asked = asked();
    Map<AccountId, List<Subscription>> batch = jdbc.stores().subscriptions().findByAccounts(asked);
    Map<AccountId, List<Subscription>> inMemory =
        memory.stores().subscriptions().findByAccounts(asked);
    assertThat(new ArrayList<>(batch.keySet())).containsExactlyElementsOf(asked);
    assertThat(new ArrayList<>(inMemory.keySet())).containsExactlyElementsOf(asked);
    for (AccountId a : asked) {
      List<Subscription> one = jdbc.stores().subscriptions().findByAccount(a);
      assertThat(batch.get(a)).as("account %s", a.value()).isEqualTo(one);
      assertThat(bySubscriptionId(batch.get(a))).isEqualTo(bySubscriptionId(inMemory.get(a)));
    }
    assertThat(batch.values().stream().mapToInt(List::size).sum()).isGreaterThan(ACCOUNTS);
  }

  @Test
  void watermarksByAccountsAreEachAccountsLatestChargeStart() {
    Set<AccountId> asked = asked();
    Map<AccountId, LocalDate> batch = jdbc.stores().invoices().latestChargeStarts(asked);
    assertThat(batch).isEqualTo(memory.stores().invoices().latestChargeStarts(asked));
    assertThat(batch).hasSize(ACCOUNTS);
    for (AccountId a : asked) {
      assertThat(Optional.ofNullable(batch.get(a)))
          .isEqualTo(jdbc.stores().invoices().latestChargeStart(a));
    }
  }

  @Test
  void invoicesByAccountsEndingAfterADayAreEachAccountsRead() {
    Map<AccountId, LocalDate> froms = new LinkedHashMap<>();
    int i = 0;
    for (AccountId a : asked()) {
      LocalDate from =
          switch (i++ % 4) {
            case 0 -> LocalDate.MIN;
            case 1 -> LocalDate.of(2024, 2, 20);
            case 2 -> LocalDate.of(2024, 4, 15);
            default -> LocalDate.of(2030, 1, 1);
          };
      froms.put(a, from);
    }
    Map<AccountId, List<Invoice>> batch =
        jdbc.stores().invoices().findByAccountsWithServiceEndingAfter(froms);
    Map<AccountId, List<Invoice>> inMemory =
        memory.stores().invoices().findByAccountsWithServiceEndingAfter(froms);
    assertThat(new ArrayList<>(batch.keySet())).containsExactlyElementsOf(froms.keySet());
    int seen = 0;
    for (Map.Entry<AccountId, LocalDate> e : froms.entrySet()) {
      AccountId a = e.getKey();
      List<Invoice> fromBatch = byInvoiceId(batch.getOrDefault(a, List.of()));
      List<Invoice> one =
          byInvoiceId(
              e.getValue().equals(LocalDate.MIN)
                  ? jdbc.stores().invoices().findByAccount(a)
                  : jdbc.stores().invoices().findByAccountWithServiceEndingAfter(a, e.getValue()));
      assertThat(fromBatch).as("account %s from %s", a.value(), e.getValue()).isEqualTo(one);
      assertThat(fromBatch).isEqualTo(byInvoiceId(inMemory.getOrDefault(a, List.of())));
      seen += fromBatch.size();
    }
    assertThat(seen).isPositive();
  }

  @Test
  void creditBalancesByAccountsAreEachAccountsBalance() {
    Set<AccountId> asked = asked();
    Map<AccountId, CreditBalance> batch = jdbc.stores().balances().findByAccounts(asked);
    assertThat(batch).isEqualTo(memory.stores().balances().findByAccounts(asked));
    assertThat(batch).isNotEmpty();
    for (AccountId a : asked) {
      assertThat(Optional.ofNullable(batch.get(a))).isEqualTo(jdbc.stores().balances().find(a));
    }
  }

  @Test
  void aBatchWithATakenIdStoresNothingOfTheBatchAndTheNextWriteGoesThrough() {
    Invoice taken = jdbc.stores().invoices().findByAccount(accounts.get(1)).get(0);
    Invoice fresh = renamed(taken, "inv-fresh-1");
    Invoice alsoFresh = renamed(taken, "inv-fresh-2");
    assertThatThrownBy(() -> jdbc.stores().invoices().saveAllNew(List.of(fresh, taken, alsoFresh)))
        .isInstanceOf(ConcurrencyConflictException.class)
        .hasMessageContaining(taken.id().value());
    assertThat(jdbc.stores().invoices().find(fresh.id())).isEmpty();
    assertThat(jdbc.stores().invoices().find(alsoFresh.id())).isEmpty();
    assertThat(jdbc.stores().invoices().find(taken.id())).contains(taken);
    assertThat(jdbc.stores().invoices().findByAccount(accounts.get(1))).hasSize(countOf(1));
    // the database takes the next batch
    BatchIssue later =
        jdbc.billingCycle().issueAll(List.of(accounts.get(1)), LocalDate.of(2024, 6, 1));
    assertThat(later.failed()).isEmpty();
    assertThat(later.invoiceCount()).isPositive();
    assertThat(jdbc.stores().invoices().findByAccount(accounts.get(1)))
        .hasSize(countOf(1) + later.invoiceCount());
  }

  @Test
  void aBatchThatWouldBillAPeriodTwiceNamesTheConstraintAndStoresNothing() {
    AccountId a = accounts.get(4);
    Invoice billed = jdbc.stores().invoices().findByAccount(a).get(0);
    Invoice twice = renamed(billed, "inv-twice");
    long before = jdbc.stores().invoices().findByAccount(a).size();
    assertThatThrownBy(() -> jdbc.stores().invoices().saveAllNew(List.of(twice)))
        .isInstanceOf(ConstraintViolationException.class)
        .satisfies(e -> assertThat(((ConstraintViolationException) e).constraint()).isNotBlank());
    assertThat(jdbc.stores().invoices().find(twice.id())).isEmpty();
    assertThat(jdbc.stores().invoices().findByAccount(a)).hasSize((int) before);
    // the next batch goes through: a later run bills the account's next periods
    BatchIssue later = jdbc.billingCycle().issueAll(List.of(a), LocalDate.of(2024, 6, 1));
    assertThat(later.failed()).isEmpty();
    assertThat(later.invoiceCount()).isPositive();
    assertThat(jdbc.stores().invoices().findByAccount(a))
        .hasSize((int) before + later.invoiceCount());
  }

  private int countOf(int account) {
    return memory.stores().invoices().findByAccount(accounts.get(account)).size();
  }

  private static Invoice renamed(Invoice i, String id) {
    return new Invoice(
        InvoiceId.of(id),
        i.account(),
        i.currency(),
        i.status(),
        i.lines(),
        i.terms(),
        i.tax(),
        i.issuedOn(),
        i.dueOn(),
        i.creditApplied(),
        i.amountPaid(),
        i.creditNotes(),
        0);
  }

  private static List<Subscription> bySubscriptionId(List<Subscription> subs) {
    return subs.stream().sorted(Comparator.comparing(s -> s.id().value())).toList();
  }

  private static List<Invoice> byInvoiceId(List<Invoice> invoices) {
    return invoices.stream().sorted(Comparator.comparing(i -> i.id().value())).toList();
  }
}
