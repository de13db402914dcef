package dev.revops.benchmarks.work;

import dev.revops.benchmarks.billrun.SubscriptionBook;
import dev.revops.billing.billrun.InvoiceGenerator;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.service.BillingContext;
import dev.revops.billing.service.BillingCycleService;
import dev.revops.billing.service.BillingStores;
import dev.revops.billing.service.InvoiceSettings;
import dev.revops.billing.subscription.Subscription;
import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.Outbox;
import dev.revops.core.port.UnitOfWork;
import dev.revops.core.port.memory.InMemoryOutbox;
import dev.revops.core.port.memory.InMemoryUnitOfWork;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.service.OutboxRelay;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issuing a bill run's invoices (draft, tax, finalize with the credit balance, save, events) for
 * every account of a {@link SubscriptionBook}: through the unit of work and the outbox with its
 * after-commit relay (the embedded default), and direct (no unit of work, events straight to the
 * publisher: the floor). Both must issue the same invoices and deliver the same events, which the
 * setup checks before anything is timed. One invocation is one pass over fresh stores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class IssuingBenchmark {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-02-01T06:00:00Z"), ZoneOffset.UTC);

  /** Accounts in the book, one subscription each. */
  @Param({"20000"})
  public int accounts;

  private SubscriptionBook book;
  private BillingStores stores;

  /** A pass's answer: invoices, their total in minor units, events delivered and their checksum. */
  public record Totals(long invoices, long minor, long events, long checksum) {}

  /** Generates the book and checks both wirings issue and deliver the same. */
  @Setup(Level.Trial)
  public void check() {
    book = SubscriptionBook.generate(accounts, 11);
    Totals direct = issue(fill(book), book.accountIds(), false);
    Totals work = issue(fill(book), book.accountIds(), true);
    if (!direct.equals(work) || direct.invoices() != book.size()) {
      throw new IllegalStateException(
          "wirings disagree: direct " + direct + ", unit of work " + work);
    }
  }

  /** Fresh stores holding the book's subscriptions, before each pass. */
  @Setup(Level.Iteration)
  public void refill() {
    stores = fill(book);
  }

  /**
   * Through {@code InMemoryUnitOfWork}, {@code InMemoryOutbox} and the after-commit relay.
   *
   * @return the totals
   */
  @Benchmark
  public Totals unitOfWorkAndOutbox() {
    return issue(stores, true);
  }

  /**
   * Direct: {@code UnitOfWork.direct()}, events handed to the publisher at once.
   *
   * @return the totals
   */
  @Benchmark
  public Totals direct() {
    return issue(stores, false);
  }

  private static BillingStores fill(SubscriptionBook book) {
    BillingStores s = BillingStores.inMemory();
    for (AccountId account : book.accountIds()) {
      for (Subscription sub : book.billing(account).subscriptions()) {
        s.subscriptions().save(sub, Aggregate.NEW);
      }
    }
    return s;
  }

  private Totals issue(BillingStores stores, boolean withUnitOfWork) {
    return issue(stores, book.accountIds(), withUnitOfWork);
  }

  static Totals issue(BillingStores stores, List<AccountId> accounts, boolean withUnitOfWork) {
    CountingPublisher host = new CountingPublisher();
    UnitOfWork work;
    Outbox outbox;
    if (withUnitOfWork) {
      InMemoryOutbox box = new InMemoryOutbox();
      OutboxRelay relay = new OutboxRelay(box, host);
      work = new InMemoryUnitOfWork().afterCommit(relay::deliverPendingQuietly);
      outbox = box;
    } else {
      work = UnitOfWork.direct();
      outbox = new PassThroughOutbox(host);
    }
    InvoiceSettings settings =
        InvoiceSettings.of(SubscriptionBook.CATALOG)
            .withGenerator(InvoiceGenerator.byDay())
            .withTax(SubscriptionBook.TAX)
            .withTerms(PaymentTerms.chargeAutomatically())
            .withIds(new SequentialIdGenerator("in"));
    BillingCycleService cycle =
        new BillingCycleService(stores, settings, new BillingContext(work, outbox, CLOCK));
    long invoices = 0;
    long minor = 0;
    for (AccountId account : accounts) {
      List<Invoice> issued = cycle.issue(account, SubscriptionBook.TARGET, null);
      for (Invoice i : issued) {
        invoices++;
        minor += i.total().minor();
      }
    }
    return new Totals(invoices, minor, host.count(), host.checksum());
  }
}
