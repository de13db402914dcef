package dev.revops.benchmarks.billrun;

import dev.revops.benchmarks.LargeDataBenchmark;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * One bill run over a book of subscriptions ({@link SubscriptionBook}), by revops and by the floor
 * ({@link BillRunPass}). One invocation is one run; invoices per second is {@code subscriptions /
 * score} (one invoice per account). The trial's setup runs both once and checks every invoice's
 * total, tax and line count agree.
 */
public class BillRunBenchmark extends LargeDataBenchmark {
  /** Subscriptions in the book, one per account. */
  @Param({"100000", "1000000"})
  public int subscriptions;

  private SubscriptionBook book;

  /** Generates the book and checks both contenders agree on it. */
  @Setup
  public void setUp() {
    book = SubscriptionBook.generate(subscriptions, 11);
    BillRunPass.check(book);
  }

  /**
   * revops: {@code BillRun} with {@code InvoiceGenerator}, each result drafted into an invoice with
   * tax.
   *
   * @return the totals
   */
  @Benchmark
  public BillRunPass.Totals revops() {
    return BillRunPass.revops(book, null);
  }

  /**
   * The floor's arithmetic, reading each account through the loader and the stored subscription.
   *
   * @return the totals
   */
  @Benchmark
  public BillRunPass.Totals floorOverStore() {
    return HandWrittenBilling.overStore(book, book.store);
  }

  /**
   * Reading like {@link #floorOverStore()} and building the same invoices as revops by hand.
   *
   * @return the totals
   */
  @Benchmark
  public BillRunPass.Totals handWrittenInvoices() {
    return HandWrittenBilling.withInvoices(book, book.store, null);
  }

  /**
   * The floor: the same invoices with longs.
   *
   * @return the totals
   */
  @Benchmark
  public BillRunPass.Totals floor() {
    return BillRunPass.floor(book, null);
  }
}
