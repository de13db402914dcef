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
import dev.revops.core.port.memory.SequentialIdGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.openjdk.jmh.annotations.Param;

/**
 * Issuing a bill run's invoices (draft, tax, finalize with the credit balance, save, events) for
 * every account of a {@link SubscriptionBook}: through the unit of work and the outbox with its
 * after-commit relay (the embedded default), and direct (no unit of work, events straight to the
 * publisher: the floor). Both must issue the same invoices and deliver the same events, which the
 * setup checks before anything is timed. One invocation is one pass over fresh stores.
 */
public class IssuingBenchmark
    extends OnePassOverFreshStores<BillingStores, IssuingBenchmark.Totals> {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-02-01T06:00:00Z"), ZoneOffset.UTC);

  /** Accounts in the book, one subscription each. */
  @Param({"20000"})
  public int accounts;

  private SubscriptionBook book;

  /** A pass's answer: invoices, their total in minor units, events delivered and their checksum. */
  public record Totals(long invoices, long minor, long events, long checksum) {}

  @Override
  protected void generate() {
    book = SubscriptionBook.generate(accounts, 11);
  }

  @Override
  protected boolean plausible(Totals direct) {
    return direct.invoices() == book.size();
  }

  @Override
  protected BillingStores fill() {
    return fill(book);
  }

  @Override
  protected Totals pass(BillingStores stores, boolean withUnitOfWork) {
    return issue(stores, book.accountIds(), withUnitOfWork);
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

  static Totals issue(BillingStores stores, List<AccountId> accounts, boolean withUnitOfWork) {
    CountingPublisher host = new CountingPublisher();
    Wiring wiring = Wiring.to(host, withUnitOfWork);
    InvoiceSettings settings =
        InvoiceSettings.of(SubscriptionBook.CATALOG)
            .withGenerator(InvoiceGenerator.byDay())
            .withTax(SubscriptionBook.TAX)
            .withTerms(PaymentTerms.chargeAutomatically())
            .withIds(new SequentialIdGenerator("in"));
    BillingCycleService cycle =
        new BillingCycleService(
            stores, settings, new BillingContext(wiring.work(), wiring.outbox(), CLOCK));
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
