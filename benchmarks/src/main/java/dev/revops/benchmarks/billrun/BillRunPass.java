package dev.revops.benchmarks.billrun;

import dev.revops.billing.billrun.AccountOutcome;
import dev.revops.billing.billrun.BillRun;
import dev.revops.billing.billrun.BillRunReport;
import dev.revops.billing.billrun.InvoiceGenerator;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.LineType;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.core.id.AccountId;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

/** One bill run over a {@link SubscriptionBook}, by revops and by the floor. Stateless. */
public final class BillRunPass {
  private static final Currency USD = Currency.getInstance("USD");
  private static final PaymentTerms TERMS = PaymentTerms.net(30);
  private static final int BATCH = 256;

  /** January's pieces around the change: 15 and 16 days. */
  private static final long BEFORE = 15;

  private static final long AFTER = 16;

  private BillRunPass() {}

  /** What a run produced. Mutable; not thread-safe. */
  public static final class Totals {
    long invoices;
    long lines;
    long total;
    long tax;
    long failed;

    /** Makes empty totals. */
    Totals() {}

    boolean sameAs(Totals o) {
      return invoices == o.invoices
          && lines == o.lines
          && total == o.total
          && tax == o.tax
          && failed == o.failed;
    }

    @Override
    public String toString() {
      return "invoices="
          + invoices
          + " lines="
          + lines
          + " total="
          + total
          + " tax="
          + tax
          + " failed="
          + failed;
    }
  }

  /**
   * revops: {@link BillRun} on the caller's thread (batches of 256), then each account's lines
   * drafted into an {@link Invoice} with the sales tax.
   *
   * @param book the subscriptions
   * @param perInvoice if not null, receives each account's invoice total and tax, in cents
   * @return the totals
   */
  public static Totals revops(SubscriptionBook book, Map<AccountId, long[]> perInvoice) {
    Totals t = new Totals();
    BillRun run = BillRun.onCallerThread(InvoiceGenerator.byDay(), SubscriptionBook.CATALOG, BATCH);
    BillRunReport report =
        run.run(
            Arrays.asList(book.accounts).iterator(),
            book.store::get,
            SubscriptionBook.TARGET,
            outcome -> {
              if (!(outcome instanceof AccountOutcome.Billed b)) {
                t.failed++;
                return;
              }
              Invoice invoice =
                  Invoice.draft(
                          InvoiceId.of("in-" + b.account().value()),
                          b.account(),
                          USD,
                          b.result().lines(),
                          TERMS)
                      .withTax(SubscriptionBook.TAX);
              long tax = 0;
              for (InvoiceLine l : invoice.lines()) {
                if (l.type() == LineType.TAX) {
                  tax += l.amount().minor();
                }
              }
              long total = invoice.total().minor();
              t.invoices++;
              t.lines += invoice.lines().size();
              t.total += total;
              t.tax += tax;
              if (perInvoice != null) {
                perInvoice.put(b.account(), new long[] {total, tax, invoice.lines().size()});
              }
            });
    if (report.billed() != t.invoices) {
      throw new IllegalStateException("report " + report + " vs " + t);
    }
    return t;
  }

  /**
   * The floor: the same invoices with longs, from the primitive columns.
   *
   * @param book the subscriptions
   * @param perInvoice if not null, receives each account's {total, tax, lines} by index
   * @return the totals
   */
  public static Totals floor(SubscriptionBook book, long[][] perInvoice) {
    Totals t = new Totals();
    long[] lines = new long[8];
    for (int i = 0; i < book.size(); i++) {
      invoice(book, i, lines, t, perInvoice);
    }
    return t;
  }

  /** One invoice; a method of its own so the JIT compiles it whole, not only by OSR. */
  private static void invoice(
      SubscriptionBook book, int i, long[] lines, Totals t, long[][] perInvoice) {
    int n = 0;
    long q = book.quantity[i];
    long to = book.changedTo[i];
    byte kind = book.plan[i];
    long january;
    if (to == 0) {
      january = price(kind, q);
      lines[n++] = january;
    } else {
      long before = share(price(kind, q), 0);
      long after = share(price(kind, to), 1);
      lines[n++] = before;
      lines[n++] = after;
      january = before + after;
    }
    long february = price(kind, to == 0 ? q : to);
    lines[n++] = february;
    if (book.coupon[i]) {
      lines[n++] = -Math.min(january, halfUp(january * 10, 100));
      lines[n++] = -Math.min(february, halfUp(february * 10, 100));
    }
    long sum = 0;
    long tax = 0;
    for (int k = 0; k < n; k++) {
      sum += lines[k];
      tax += halfUp(lines[k] * 825, 10_000);
    }
    int count = n + (tax != 0 ? 1 : 0);
    t.invoices++;
    t.lines += count;
    t.total += sum + tax;
    t.tax += tax;
    if (perInvoice != null) {
      perInvoice[i] = new long[] {sum + tax, tax, count};
    }
  }

  /** A month's price in cents. */
  private static long price(byte kind, long q) {
    switch (kind) {
      case SubscriptionBook.FLAT:
        return 2_900;
      case SubscriptionBook.PER_UNIT:
        return 1_200 * q;
      default:
        long first = Math.min(q, 10);
        long second = Math.max(0, Math.min(q, 50) - 10);
        long rest = Math.max(0, q - 50);
        return first * 1_000 + second * 800 + rest * 500;
    }
  }

  /** Piece 0 (15 days) or 1 (16 days) of a month of 31, largest remainder, earliest on a tie. */
  private static long share(long amount, int piece) {
    long total = BEFORE + AFTER;
    long p0 = amount * BEFORE / total;
    long p1 = amount * AFTER / total;
    long r0 = amount * BEFORE % total;
    long r1 = amount * AFTER % total;
    if (amount - p0 - p1 == 1) {
      if (r0 >= r1) {
        p0++;
      } else {
        p1++;
      }
    }
    return piece == 0 ? p0 : p1;
  }

  /** value / divisor rounded half away from zero. */
  private static long halfUp(long value, long divisor) {
    long q = value / divisor;
    long r = value % divisor;
    if (Math.abs(r) * 2 >= divisor) {
      q += value < 0 ? -1 : 1;
    }
    return q;
  }

  /**
   * Runs both once and checks they agree on every invoice's total, tax and line count.
   *
   * @param book the subscriptions
   * @return the agreed totals
   * @throws IllegalStateException on the first difference
   */
  public static Totals check(SubscriptionBook book) {
    Map<AccountId, long[]> revops = new HashMap<>(book.size() * 2);
    Totals r = revops(book, revops);
    long[][] floor = new long[book.size()][];
    Totals f = floor(book, floor);
    for (int i = 0; i < book.size(); i++) {
      long[] got = revops.get(book.accounts[i]);
      if (got == null || !Arrays.equals(got, floor[i])) {
        throw new IllegalStateException(
            book.accounts[i]
                + " (plan "
                + book.plan[i]
                + ", quantity "
                + book.quantity[i]
                + " -> "
                + book.changedTo[i]
                + ", coupon "
                + book.coupon[i]
                + "): revops {total, tax, lines} "
                + Arrays.toString(got)
                + ", floor "
                + Arrays.toString(floor[i]));
      }
    }
    if (!r.sameAs(f) || r.failed != 0) {
      throw new IllegalStateException("revops " + r + ", floor " + f);
    }
    return r;
  }
}
