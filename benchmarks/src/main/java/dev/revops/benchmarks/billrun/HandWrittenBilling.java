package dev.revops.benchmarks.billrun;

import dev.revops.billing.billrun.AccountBilling;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.LineType;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.subscription.PlanSegment;
import dev.revops.billing.subscription.Subscription;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Two more floors for the bill run, between the long loop over primitive columns and revops, to
 * show where the time goes. {@link #overStore} does the floor's arithmetic but reads each account
 * the way revops must: through the loader (the host's storage, here a hash map) and the stored
 * {@link Subscription}. {@link #withInvoices} does that and also builds the invoices revops builds,
 * line for line (same types, amounts, periods, descriptions, tax line), by hand, with no generator.
 * Both know this book's shape (one subscription per account, at most one change, January and
 * February due): they are not billing engines, they are the cost of reading the input and of
 * writing the output. Stateless.
 */
public final class HandWrittenBilling {
  private static final Currency USD = Currency.getInstance("USD");
  private static final PaymentTerms TERMS = PaymentTerms.net(30);
  private static final DateRange JANUARY =
      DateRange.of(SubscriptionBook.START, SubscriptionBook.TARGET);
  private static final DateRange FEBRUARY =
      DateRange.of(SubscriptionBook.TARGET, SubscriptionBook.TARGET.plusMonths(1));
  private static final DateRange BOTH = DateRange.of(JANUARY.start(), FEBRUARY.end());
  private static final DateRange BEFORE =
      DateRange.of(JANUARY.start(), SubscriptionBook.CHANGED_ON);
  private static final DateRange AFTER = DateRange.of(SubscriptionBook.CHANGED_ON, JANUARY.end());
  private static final String TAX_TEXT = "sales tax 8.25%";
  private static final String COUPON = "TENOFF";

  private HandWrittenBilling() {}

  /**
   * The floor's arithmetic over the stored subscriptions, read through the loader.
   *
   * @param book the subscriptions
   * @param store the loader
   * @return the totals
   */
  public static BillRunPass.Totals overStore(
      SubscriptionBook book, Map<AccountId, AccountBilling> store) {
    BillRunPass.Totals t = new BillRunPass.Totals();
    long[] lines = new long[8];
    for (AccountId account : book.accounts) {
      Subscription s = store.get(account).subscriptions().get(0);
      List<PlanSegment> segments = s.segments();
      PlanSegment first = segments.get(0);
      byte kind = kind(first.planId());
      long to = segments.size() > 1 ? segments.get(1).quantity() : 0;
      BillRunPass.invoice(kind, first.quantity(), to, !s.coupons().isEmpty(), lines, t, null, 0);
    }
    return t;
  }

  /**
   * Reads through the loader like {@link #overStore} and builds each account's invoice with its
   * lines and tax, as revops does.
   *
   * @param book the subscriptions
   * @param store the loader
   * @param sink receives each invoice, or null
   * @return the totals
   */
  public static BillRunPass.Totals withInvoices(
      SubscriptionBook book, Map<AccountId, AccountBilling> store, Consumer<Invoice> sink) {
    BillRunPass.Totals t = new BillRunPass.Totals();
    List<InvoiceLine> lines = new ArrayList<>(8);
    for (AccountId account : book.accounts) {
      lines.clear();
      Subscription s = store.get(account).subscriptions().get(0);
      String sub = s.id().value();
      List<PlanSegment> segments = s.segments();
      PlanSegment first = segments.get(0);
      String price = priceId(first.planId());
      byte kind = kind(first.planId());
      long q = first.quantity();
      long january;
      long february;
      if (segments.size() == 1) {
        january = BillRunPass.price(kind, q);
        lines.add(line(LineType.RECURRING, price, q, JANUARY, january, sub));
        february = january;
      } else {
        long to = segments.get(1).quantity();
        long before = BillRunPass.share(BillRunPass.price(kind, q), 0);
        long after = BillRunPass.share(BillRunPass.price(kind, to), 1);
        lines.add(line(LineType.PRORATION_CHARGE, price, q, BEFORE, before, sub));
        lines.add(line(LineType.PRORATION_CHARGE, price, to, AFTER, after, sub));
        january = before + after;
        february = BillRunPass.price(kind, to);
        q = to;
      }
      boolean coupon = !s.coupons().isEmpty();
      if (coupon) {
        lines.add(discount(january, JANUARY, sub));
      }
      lines.add(line(LineType.RECURRING, price, q, FEBRUARY, february, sub));
      if (coupon) {
        lines.add(discount(february, FEBRUARY, sub));
      }
      long tax = 0;
      for (InvoiceLine l : lines) {
        tax += BillRunPass.halfUp(l.amount().minor() * 825, 10_000);
      }
      if (tax != 0) {
        lines.add(InvoiceLine.of(LineType.TAX, TAX_TEXT, Money.ofMinor(tax, USD), BOTH));
      }
      Invoice invoice =
          Invoice.draft()
              .id(InvoiceId.of("in-" + account.value()))
              .account(account)
              .currency(USD)
              .lines(lines)
              .terms(TERMS)
              .build();
      long total = 0;
      for (InvoiceLine l : invoice.lines()) {
        total += l.amount().minor();
      }
      t.invoices++;
      t.lines += invoice.lines().size();
      t.total += total;
      t.tax += tax;
      if (sink != null) {
        sink.accept(invoice);
      }
    }
    return t;
  }

  private static InvoiceLine line(
      LineType type, String price, long quantity, DateRange period, long cents, String sub) {
    return new InvoiceLine(
        type,
        price + " x " + quantity + " " + period,
        Money.ofMinor(cents, USD),
        quantity,
        period,
        sub,
        price);
  }

  private static InvoiceLine discount(long subtotal, DateRange period, String sub) {
    long off = Math.min(subtotal, BillRunPass.halfUp(subtotal * 10, 100));
    return new InvoiceLine(
        LineType.DISCOUNT,
        COUPON + " x 0 " + period,
        Money.ofMinor(-off, USD),
        0,
        period,
        sub,
        COUPON);
  }

  private static byte kind(String planId) {
    switch (planId) {
      case "flat":
        return SubscriptionBook.FLAT;
      case "seats":
        return SubscriptionBook.PER_UNIT;
      case "tiered":
        return SubscriptionBook.TIERED;
      default:
        throw new IllegalArgumentException("no such plan in the book: " + planId);
    }
  }

  private static String priceId(String planId) {
    switch (planId) {
      case "flat":
        return "flat-fee";
      case "seats":
        return "seat";
      case "tiered":
        return "tiered-seat";
      default:
        throw new IllegalArgumentException("no such plan in the book: " + planId);
    }
  }
}
