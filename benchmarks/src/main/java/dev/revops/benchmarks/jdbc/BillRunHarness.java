package dev.revops.benchmarks.jdbc;

import dev.revops.billing.Billing;
import dev.revops.billing.billrun.AccountBilling;
import dev.revops.billing.billrun.InvoiceGenerator;
import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.Plan;
import dev.revops.billing.catalog.PlanPhase;
import dev.revops.billing.catalog.Price;
import dev.revops.billing.catalog.Product;
import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.port.InvoiceRepository;
import dev.revops.billing.port.memory.InMemoryPaymentGateway;
import dev.revops.billing.service.BillingStores;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.BillingInterval;
import dev.revops.core.time.ManualClock;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.billing.JdbcBillRun;
import dev.revops.jdbc.billing.JdbcBillingStores;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The end-to-end bill run on a database, against a hand-written JDBC floor in the same process.
 *
 * <p>On a fresh schema it loads {@code --accounts} accounts with one monthly subscription each
 * through revops (the subscription service over {@link JdbcBillingStores}, {@value #LOAD_BATCH}
 * subscriptions per unit of work), started {@code --months-aged} months before {@link #TARGET} with
 * every past month already invoiced (those invoices are made by the generator and saved through the
 * invoice repository, a month per invoice, as monthly runs would have left them); then it runs the
 * sharded {@link JdbcBillRun} for {@link #TARGET} on {@code --threads} worker threads, which issues
 * and stores one invoice per account with its line and its outbox row. The floor then inserts the
 * same rows (invoices, lines, outbox rows) into a second fresh schema with batched plain-JDBC
 * statements, computed from the plan price without revops ({@link BillRunFloor}), and the two
 * schemas are compared row for row ({@link BillRunFloor#compare}); a difference fails the run.
 *
 * <p>The book: account {@code i} is {@code acct-%07d}; even accounts on plan {@code flat} (USD
 * 29.00 a month), odd ones on plan {@code seats} (USD 12.00 a seat, {@code 1 + i % 60} seats); UTC;
 * payment terms net 30; no tax.
 *
 * <p>Run: {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar
 * dev.revops.benchmarks.jdbc.BillRunHarness --store postgres --accounts 100000 --months-aged 0
 * --threads 2 [--jdbc-url URL]}. Prints one report. Not thread-safe (a main).
 */
public final class BillRunHarness {
  /** The day every run bills: the next period of every subscription starts on it. */
  static final LocalDate TARGET = LocalDate.of(2026, 2, 1);

  /** Subscriptions (and past invoices) per unit of work while loading. */
  static final int LOAD_BATCH = 1_000;

  static final String CURRENCY = "USD";
  static final long FLAT_MINOR = 2_900;
  static final long SEAT_MINOR = 1_200;
  static final int NET_DAYS = 30;

  /** The catalog: a flat plan and a per-seat plan, both monthly. */
  static final Catalog CATALOG =
      Catalog.of(
          List.of(new Product("app", "App")),
          List.of(
              Plan.of(
                  "flat",
                  "app",
                  BillingInterval.MONTHLY,
                  PlanPhase.evergreen(Price.flat("flat-fee", Money.ofMinor(FLAT_MINOR, CURRENCY)))),
              Plan.of(
                  "seats",
                  "app",
                  BillingInterval.MONTHLY,
                  PlanPhase.evergreen(Price.perUnit("seat", Money.ofMinor(SEAT_MINOR, CURRENCY))))),
          List.of());

  private BillRunHarness() {}

  /**
   * What to run.
   *
   * @param store {@code h2} or {@code postgres}
   * @param accounts how many accounts (one subscription each)
   * @param monthsAged how many months every subscription has already been billed (0: it starts on
   *     the target day)
   * @param threads worker threads of the bill run and of the floor
   * @param jdbcUrl the PostgreSQL server (ignored for H2)
   * @param claimBatch how many accounts a bill-run worker claims at a time
   */
  public record Options(
      String store, int accounts, int monthsAged, int threads, String jdbcUrl, int claimBatch) {
    /** Checks the options. */
    public Options {
      if (accounts < 1 || monthsAged < 0 || threads < 1 || claimBatch < 1) {
        throw new IllegalArgumentException(
            "accounts and threads must be at least 1, months-aged at least 0");
      }
    }

    /**
     * Parses the command line.
     *
     * @param args {@code --store}, {@code --accounts}, {@code --months-aged}, {@code --threads},
     *     {@code --jdbc-url}, {@code --claim-batch}
     * @return the options
     */
    public static Options parse(String... args) {
      String store = "h2";
      int accounts = 10_000;
      int months = 0;
      int threads = 2;
      String url = HarnessSchema.defaultPostgresUrl();
      int claim = 100;
      for (int i = 0; i < args.length; i++) {
        String v = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--store" -> store = v;
          case "--accounts" -> accounts = Integer.parseInt(v.replace("_", ""));
          case "--months-aged" -> months = Integer.parseInt(v);
          case "--threads" -> threads = Integer.parseInt(v);
          case "--jdbc-url" -> url = v;
          case "--claim-batch" -> claim = Integer.parseInt(v);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
        i++;
      }
      return new Options(store, accounts, months, threads, url, claim);
    }
  }

  /**
   * What a run measured.
   *
   * @param options what ran
   * @param loadNanos loading the subscriptions (and their past invoices)
   * @param pastInvoices how many past invoices were loaded
   * @param runNanos the bill run: open, claim, bill, issue, store, mark done
   * @param invoices invoices the bill run issued
   * @param failed accounts the bill run failed to bill
   * @param floorNanos the floor's inserts of the same rows
   * @param checkedRows rows compared between the two schemas (invoices, lines, outbox rows)
   * @param heapAfterRun heap used after a full GC right after the bill run, in bytes
   * @param heapAtEnd heap used after a full GC at the end (after the floor and the check)
   */
  public record Result(
      Options options,
      long loadNanos,
      long pastInvoices,
      long runNanos,
      long invoices,
      long failed,
      long floorNanos,
      long checkedRows,
      long heapAfterRun,
      long heapAtEnd) {
    /**
     * Invoices per second of the bill run.
     *
     * @return the rate
     */
    public double invoicesPerSecond() {
      return invoices * 1e9 / runNanos;
    }

    /**
     * The bill run's time over the floor's.
     *
     * @return the ratio
     */
    public double ratioToFloor() {
      return runNanos / (double) floorNanos;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "store=%s accounts=%d months-aged=%d threads=%d claim-batch=%d%n"
              + "load: %.1f s (%d subscriptions, %d past invoices; %.0f subscriptions/s)%n"
              + "bill run: %.2f s, %d invoices, %d failed: %.0f invoices/s%n"
              + "floor: %.2f s: %.0f invoices/s; bill run / floor = %.2fx%n"
              + "row-for-row check: %d rows equal%n"
              + "heap used after full GC: %.1f MB after the run, %.1f MB at the end%n",
          options.store(),
          options.accounts(),
          options.monthsAged(),
          options.threads(),
          options.claimBatch(),
          loadNanos / 1e9,
          options.accounts(),
          pastInvoices,
          options.accounts() * 1e9 / loadNanos,
          runNanos / 1e9,
          invoices,
          failed,
          invoicesPerSecond(),
          floorNanos / 1e9,
          options.accounts() * 1e9 / floorNanos,
          ratioToFloor(),
          checkedRows,
          heapAfterRun / 1e6,
          heapAtEnd / 1e6);
    }
  }

  /**
   * Account {@code i}'s id.
   *
   * @param i the index
   * @return the id
   */
  static AccountId account(int i) {
    return AccountId.of(String.format("acct-%07d", i));
  }

  static boolean flat(int i) {
    return i % 2 == 0;
  }

  static long seats(int i) {
    return flat(i) ? 1 : 1 + i % 60;
  }

  /**
   * Runs the whole measurement.
   *
   * @param o what to run
   * @return what it measured
   */
  public static Result run(Options o) {
    LocalDate start = TARGET.minusMonths(o.monthsAged());
    ManualClock clock =
        new ManualClock(start.atTime(6, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    try (HarnessSchema adapter =
        HarnessSchema.open(o.store(), o.jdbcUrl(), "adapter", o.threads() + 2, clock)) {
      Billing billing =
          Billing.builder()
              .stores(JdbcBillingStores.of(adapter.db(), new InMemoryPaymentGateway()))
              .unitOfWork(adapter.db().unitOfWork())
              .outbox(adapter.db().outbox())
              .events(new InMemoryEventPublisher(false))
              .clock(clock)
              .catalog(CATALOG)
              .terms(PaymentTerms.net(NET_DAYS))
              .invoiceIds(new SequentialIdGenerator("in"))
              .paymentIds(new SequentialIdGenerator("pay"))
              .build();
      long t0 = System.nanoTime();
      long past = load(o, adapter.db(), billing, start);
      long loadNanos = System.nanoTime() - t0;
      // a database that has been running has its planner statistics; a freshly loaded one has
      // none until autovacuum gets to it, and PostgreSQL then reads a batch's IN list with a
      // sequential scan (at 1,000,000 accounts: about 190 invoices/s instead of thousands)
      analyze(adapter, "revops_subscriptions", "revops_invoices", "revops_credit_balances");
      clock.setInstant(TARGET.atTime(6, 0).toInstant(ZoneOffset.UTC));

      JdbcBillRun run =
          new JdbcBillRun(
              adapter.db(), billing.billingCycle(), Duration.ofHours(1), o.claimBatch());
      String runId = "bill-" + TARGET;
      List<JdbcBillRun.WorkerReport> reports = Collections.synchronizedList(new ArrayList<>());
      List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
      long outboxBefore = BillRunFloor.count(adapter, "revops_outbox");
      long r0 = System.nanoTime();
      run.open(runId);
      analyze(adapter, "revops_bill_run_accounts");
      List<Thread> workers = new ArrayList<>();
      for (int w = 0; w < o.threads(); w++) {
        Thread t =
            new Thread(
                () -> {
                  try {
                    reports.add(run.work(runId, TARGET));
                  } catch (Throwable e) {
                    failures.add(e);
                  }
                },
                "bill-run-" + w);
        t.start();
        workers.add(t);
      }
      join(workers);
      long runNanos = System.nanoTime() - r0;
      if (!failures.isEmpty()) {
        throw new IllegalStateException("a bill-run worker failed", failures.get(0));
      }
      long invoices = reports.stream().mapToLong(JdbcBillRun.WorkerReport::invoices).sum();
      long failed = reports.stream().mapToLong(JdbcBillRun.WorkerReport::failed).sum();
      long heapAfterRun = heapAfterGc();
      long outboxAfter = BillRunFloor.count(adapter, "revops_outbox");

      long floorNanos;
      long checked;
      try (HarnessSchema floor =
          HarnessSchema.open(o.store(), o.jdbcUrl(), "floor", o.threads() + 2, clock)) {
        floorNanos = BillRunFloor.insert(floor, o.accounts(), o.threads());
        checked = BillRunFloor.compare(adapter, floor);
      }
      if (checked != 3L * o.accounts() || outboxAfter - outboxBefore != o.accounts()) {
        throw new IllegalStateException(
            "expected one invoice, one line and one outbox row per account: "
                + checked
                + " rows compared, "
                + (outboxAfter - outboxBefore)
                + " outbox rows written by the run, "
                + o.accounts()
                + " accounts");
      }
      return new Result(
          o,
          loadNanos,
          past,
          runNanos,
          invoices,
          failed,
          floorNanos,
          checked,
          heapAfterRun,
          heapAfterGc());
    }
  }

  /** Loads the subscriptions and their past invoices; returns how many invoices. */
  /** Updates PostgreSQL's planner statistics of the tables (H2 needs none). */
  private static void analyze(HarnessSchema schema, String... tables) {
    if (!schema.postgres()) {
      return;
    }
    try (java.sql.Connection c = schema.dataSource().getConnection();
        java.sql.Statement s = c.createStatement()) {
      for (String t : tables) {
        s.execute("ANALYZE " + t);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("analyze: " + e.getMessage(), e);
    }
  }

  private static long load(Options o, RevOpsDatabase db, Billing billing, LocalDate start) {
    InvoiceGenerator generator = InvoiceGenerator.byDay();
    BillingStores stores = JdbcBillingStores.of(db, new InMemoryPaymentGateway());
    InvoiceRepository invoices = stores.invoices();
    long past = 0;
    for (int from = 0; from < o.accounts(); from += LOAD_BATCH) {
      int to = Math.min(o.accounts(), from + LOAD_BATCH);
      int first = from;
      past +=
          db.unitOfWork()
              .inTransaction(
                  () -> {
                    long n = 0;
                    for (int i = first; i < to; i++) {
                      AccountId account = account(i);
                      Subscription s =
                          billing
                              .subscriptions()
                              .create(
                                  NewSubscription.builder()
                                      .id(SubscriptionId.of("sub-" + i))
                                      .account(account)
                                      .currency(Money.currency(CURRENCY))
                                      .zone(ZoneOffset.UTC)
                                      .plan(CATALOG.plan(flat(i) ? "flat" : "seats"))
                                      .startDate(start)
                                      .quantity(seats(i))
                                      .build());
                      if (o.monthsAged() > 0) {
                        n += history(i, account, s, generator, invoices);
                      }
                    }
                    return n;
                  });
    }
    return past;
  }

  /**
   * Saves what monthly runs would have issued before the target: one invoice per month, the
   * generator's lines of that month.
   */
  private static long history(
      int i,
      AccountId account,
      Subscription s,
      InvoiceGenerator generator,
      InvoiceRepository invoices) {
    List<InvoiceLine> lines =
        generator
            .generate(
                new AccountBilling(account, List.of(s), List.of(), List.of()),
                CATALOG,
                TARGET.minusDays(1))
            .lines();
    Map<LocalDate, List<InvoiceLine>> byMonth = new TreeMap<>();
    for (InvoiceLine l : lines) {
      byMonth
          .computeIfAbsent(l.servicePeriod().start().withDayOfMonth(1), m -> new ArrayList<>())
          .add(l);
    }
    int m = 0;
    for (Map.Entry<LocalDate, List<InvoiceLine>> e : byMonth.entrySet()) {
      LocalDate month = e.getKey();
      Invoice issued =
          Invoice.draft()
              .id(InvoiceId.of("past-" + i + "-" + m++))
              .account(account)
              .currency(Money.currency(CURRENCY))
              .lines(e.getValue())
              .terms(PaymentTerms.net(NET_DAYS))
              .build()
              .finalizeOn(
                  month,
                  CreditBalance.empty(account, Money.currency(CURRENCY)),
                  month.atTime(6, 0).toInstant(ZoneOffset.UTC))
              .invoice()
              .value();
      invoices.save(issued, Aggregate.NEW);
    }
    return m;
  }

  private static void join(List<Thread> threads) {
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
  }

  /**
   * Heap in use after a full collection.
   *
   * @return bytes
   */
  static long heapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  /**
   * Runs the harness and prints its report.
   *
   * @param args see {@link Options#parse}
   */
  public static void main(String[] args) {
    Options o = Options.parse(args);
    Result r = run(o);
    System.out.print(r);
    if (r.failed() != 0 || r.invoices() != o.accounts()) {
      System.exit(1);
    }
  }
}
