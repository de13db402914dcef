package dev.revops.billing.service;

import static dev.revops.billing.Fixtures.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.billing.Fixtures;
import dev.revops.billing.billrun.AccountBilling;
import dev.revops.billing.billrun.BillingResult;
import dev.revops.billing.billrun.InvoiceGenerator;
import dev.revops.billing.billrun.UsageRecord;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.LineType;
import dev.revops.billing.subscription.Subscription;
import dev.revops.core.error.NotFoundException;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BillRunTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  private static AccountBilling load(AccountId id) {
    if (id.value().endsWith("-13")) {
      throw new NotFoundException("Account", id);
    }
    Subscription s = Fixtures.subscribe("sub-" + id.value(), Fixtures.BASIC, START);
    return new AccountBilling(id, List.of(s), List.of(), List.of());
  }

  @Test
  void streamsInBoundedBatchesOnTheCallersExecutorAndReportsFailures() throws Exception {
    int accounts = 1000;
    int batch = 16;
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    Iterator<AccountId> ids =
        IntStream.range(0, accounts).mapToObj(i -> AccountId.of("acc-" + i)).iterator();
    List<AccountOutcome> seen = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      BillRun run = new BillRun(InvoiceGenerator.byDay(), CATALOG, batch, pool);
      BillRunReport report =
          run.run(
              ids,
              id -> {
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                return load(id);
              },
              LocalDate.of(2024, 3, 1),
              outcome -> {
                inFlight.decrementAndGet();
                seen.add(outcome);
              });
      assertThat(report.accounts()).isEqualTo(accounts);
      assertThat(report.failed()).isEqualTo(1);
      assertThat(report.billed()).isEqualTo(accounts - 1);
      assertThat(report.lines()).isEqualTo(3L * (accounts - 1));
      assertThat(report.batches()).isEqualTo((accounts + batch - 1) / batch);
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
    // memory is bounded by the batch: never more accounts loaded than one batch holds
    assertThat(maxInFlight.get()).isLessThanOrEqualTo(batch);
    // outcomes arrive in the iterator's order, the failure typed and not skipped
    assertThat(seen).extracting(o -> o.account().value()).first().isEqualTo("acc-0");
    assertThat(seen.get(13))
        .isInstanceOfSatisfying(
            AccountOutcome.Failed.class,
            f -> {
              assertThat(f.errorType()).isEqualTo("NotFoundException");
              assertThat(f.message()).contains("acc-13");
            });
    assertThat(seen.get(999)).isInstanceOf(AccountOutcome.Billed.class);
  }

  @Test
  void onTheCallersThreadBillsWhatAPoolBillsOneAccountAtATime() throws Exception {
    int accounts = 300;
    LocalDate target = LocalDate.of(2024, 3, 1);
    List<AccountOutcome> pooled = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    BillRunReport pooledReport;
    try {
      pooledReport =
          new BillRun(InvoiceGenerator.byDay(), CATALOG, 7, pool)
              .run(ids(accounts), BillRunTest::load, target, pooled::add);
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    Thread caller = Thread.currentThread();
    List<AccountOutcome> inline = new ArrayList<>();
    BillRunReport inlineReport =
        BillRun.onCallerThread(InvoiceGenerator.byDay(), CATALOG, 7)
            .run(
                ids(accounts),
                id -> {
                  assertThat(Thread.currentThread()).isSameAs(caller);
                  maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                  return load(id);
                },
                target,
                outcome -> {
                  inFlight.decrementAndGet();
                  inline.add(outcome);
                });
    assertThat(inline).isEqualTo(pooled);
    assertThat(inlineReport).isEqualTo(pooledReport);
    assertThat(inlineReport.batches()).isEqualTo((accounts + 6) / 7);
    assertThat(inlineReport.failed()).isEqualTo(1); // acc-13
    assertThat(maxInFlight.get()).isEqualTo(1);
    assertThatThrownBy(() -> BillRun.onCallerThread(InvoiceGenerator.byDay(), CATALOG, 0))
        .hasMessageContaining("batchSize");
  }

  @Test
  void aFailureIsReportedAsThrownUnlessItOnlyWrapsAnAsyncCause() {
    List<AccountOutcome> seen = new ArrayList<>();
    java.util.function.Function<AccountId, dev.revops.billing.billrun.AccountBilling> failing =
        id -> {
          if (id.value().equals("acc-0")) {
            throw new IllegalStateException(
                "store refused acc-0", new IllegalArgumentException("inner"));
          }
          if (id.value().equals("acc-1")) {
            throw new java.util.concurrent.CompletionException(
                new java.io.UncheckedIOException(
                    "read of acc-1 timed out", new java.io.IOException("timeout")));
          }
          throw new java.util.concurrent.CompletionException("bare", null);
        };
    BillRunReport report =
        BillRun.onCallerThread(InvoiceGenerator.byDay(), CATALOG, 1)
            .run(ids(3), failing, LocalDate.of(2024, 3, 1), seen::add);
    assertThat(report.batches()).as("one account per batch").isEqualTo(3);
    assertThat(seen)
        .extracting(
            o -> ((AccountOutcome.Failed) o).errorType(),
            o -> ((AccountOutcome.Failed) o).message())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("IllegalStateException", "store refused acc-0"),
            org.assertj.core.groups.Tuple.tuple("UncheckedIOException", "read of acc-1 timed out"),
            org.assertj.core.groups.Tuple.tuple("CompletionException", "bare"));
  }

  private static Iterator<AccountId> ids(int accounts) {
    return IntStream.range(0, accounts).mapToObj(i -> AccountId.of("acc-" + i)).iterator();
  }

  @Test
  void dryRunIsTheSameCall() {
    Subscription s = Fixtures.subscribe("s", Fixtures.METERED, START);
    List<UsageRecord> usage =
        List.of(
            new UsageRecord(s.id(), "metered-calls", START.plusDays(3), 1500),
            new UsageRecord(s.id(), "metered-calls", START.plusDays(40), 10));
    AccountBilling input = new AccountBilling(Fixtures.ACME, List.of(s), List.of(), usage);
    BillingResult dry = InvoiceGenerator.byDay().generate(input, CATALOG, LocalDate.of(2024, 2, 1));
    BillingResult real =
        InvoiceGenerator.byDay().generate(input, CATALOG, LocalDate.of(2024, 2, 1));
    assertThat(dry).isEqualTo(real);
    assertThat(dry.lines())
        .extracting(InvoiceLine::type, InvoiceLine::amount)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(LineType.RECURRING, Fixtures.usd("10")),
            org.assertj.core.groups.Tuple.tuple(LineType.RECURRING, Fixtures.usd("10")),
            org.assertj.core.groups.Tuple.tuple(LineType.USAGE, Fixtures.usd("15")),
            org.assertj.core.groups.Tuple.tuple(LineType.ONE_TIME, Fixtures.usd("99")));
    assertThat(dry.total(Fixtures.USD)).isEqualTo(Money.of("134", "USD"));
    assertThat(dry.byCurrency()).containsOnlyKeys(Fixtures.USD);
    assertThat(dry.next()).contains(LocalDate.of(2024, 3, 1));
  }

  @Test
  void inArrearChargesThePastPeriodAtItsEnd() {
    Subscription s = Fixtures.subscribe("s", Fixtures.ARREAR, START);
    Fixtures.Ledger ledger = new Fixtures.Ledger();
    assertThat(ledger.run(List.of(s), START).lines()).isEmpty();
    BillingResult feb = ledger.run(List.of(s), LocalDate.of(2024, 2, 1));
    assertThat(feb.lines())
        .singleElement()
        .satisfies(l -> assertThat(l.servicePeriod().start()).isEqualTo(START));
    assertThatThrownBy(() -> new BillRun(InvoiceGenerator.byDay(), CATALOG, 0, Runnable::run))
        .hasMessageContaining("batchSize");
  }
}
