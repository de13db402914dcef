package dev.revops.benchmarks.billrun;

import dev.revops.billing.billrun.InvoiceGenerator;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.LineType;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.service.AccountOutcome;
import dev.revops.billing.service.BillRun;
import dev.revops.billing.service.BillRunReport;
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
   * @param perInvoice if not null, receives each account's invoice
   * @return the totals
   */
  public static Totals revops(SubscriptionBook book, Map<AccountId, Invoice> perInvoice) {
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
                  Invoice.draft()
                      .id(InvoiceId.of("in-" + b.account().value()))
                      .account(b.account())
                      .currency(USD)
                      .lines(b.result().lines())
                      .terms(TERMS)
                      .build()
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
                perInvoice.put(b.account(), invoice);
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
      invoice(
          book.plan[i],
          book.quantity[i],
          book.changedTo[i],
          book.coupon[i],
          lines,
          t,
          perInvoice,
          i);
    }
    return t;
  }

  /**
   * One invoice; a method of its own so the JIT compiles it whole, not only by OSR.
   *
   * @param kind the plan kind
   * @param q the quantity
   * @param to the quantity after the change, 0 for none
   * @param coupon whether the coupon applies
   * @param lines scratch space
   * @param t the totals to add to
   * @param perInvoice if not null, receives {total, tax, lines} at index {@code i}
   * @param i the account's index
   */
  static void invoice(
      byte kind,
      long q,
      long to,
      boolean coupon,
      long[] lines,
      Totals t,
      long[][] perInvoice,
      int i) {
    int n = 0;
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
    if (coupon) {
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
  static long price(byte kind, long q) {
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
  static long share(long amount, int piece) {
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
  static long halfUp(long value, long divisor) {
    long q = value / divisor;
    long r = value % divisor;
    if (Math.abs(r) * 2 >= divisor) {
      q += value < 0 ? -1 : 1;
    }
    return q;
  }

  /**
   * Runs revops and the three floors once and checks they agree on every invoice's total, tax and
   * line count, and that the hand-written invoices ({@link HandWrittenBilling#withInvoices}) equal
   * revops's line for line.
   *
   * @param book the subscriptions
   * @return the agreed totals
   * @throws IllegalStateException on the first difference
   */
  public static Totals check(SubscriptionBook book) {
    Map<AccountId, Invoice> revops = new HashMap<>(book.size() * 2);
    Totals r = revops(book, revops);
    long[][] floor = new long[book.size()][];
    Totals f = floor(book, floor);
    Map<AccountId, Invoice> byHand = new HashMap<>(book.size() * 2);
    Totals h = HandWrittenBilling.withInvoices(book, book.store, i -> byHand.put(i.account(), i));
    Totals o = HandWrittenBilling.overStore(book, book.store);
    for (int i = 0; i < book.size(); i++) {
      AccountId account = book.accounts[i];
      Invoice invoice = revops.get(account);
      long[] got = invoice == null ? null : figures(invoice);
      String facts =
          account
              + " (plan "
              + book.plan[i]
              + ", quantity "
              + book.quantity[i]
              + " -> "
              + book.changedTo[i]
              + ", coupon "
              + book.coupon[i]
              + ")";
      if (got == null || !Arrays.equals(got, floor[i])) {
        throw new IllegalStateException(
            facts
                + ": revops {total, tax, lines} "
                + Arrays.toString(got)
                + ", floor "
                + Arrays.toString(floor[i]));
      }
      Invoice hand = byHand.get(account);
      if (hand == null
          || !invoice.lines().equals(hand.lines())
          || !invoice.id().equals(hand.id())) {
        throw new IllegalStateException(
            facts + ": revops invoice " + invoice.lines() + ", by hand " + hand.lines());
      }
    }
    if (!r.sameAs(f) || !h.sameAs(f) || !o.sameAs(f) || r.failed != 0) {
      throw new IllegalStateException(
          "revops " + r + ", floor " + f + ", by hand " + h + ", floor over store " + o);
    }
    return r;
  }

  private static long[] figures(Invoice invoice) {
    long tax = 0;
    for (InvoiceLine l : invoice.lines()) {
      if (l.type() == LineType.TAX) {
        tax += l.amount().minor();
      }
    }
    return new long[] {invoice.total().minor(), tax, invoice.lines().size()};
  }
}
