package dev.revops.billing.billrun;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.internal.RangeSortedList;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.proration.Proration;
import dev.revops.billing.proration.ProrationUnit;
import dev.revops.billing.subscription.ProrationMode;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.TimelineSlice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Invoice generation as a pure function: {@code (account's subscriptions, catalog, existing
 * invoices, usage, target date) -> new lines + next date}. It computes what every due period should
 * have been billed, piece by piece, from the subscriptions' whole timeline, reads what the existing
 * invoices already billed (keyed by subscription, price, quantity and service period) and returns
 * only the difference. Running it again for the same date therefore adds nothing, and running it
 * every day up to a date bills what one run on that date bills: double billing is impossible by
 * construction, not detected afterwards. A dry run is this same call without saving the result.
 * Stateless and thread-safe.
 *
 * <p>It reads as three rules, applied to every period of every subscription (in subscription id
 * order, then period order, then the one-time prices): <b>what should be billed</b> ({@code
 * ShouldBeBilled}: recurring prices shared over the period's pieces by {@link Proration}, usage per
 * piece, coupons' discounts, each with its due day), <b>what was billed</b> ({@code AlreadyBilled}:
 * the existing invoices' lines filed under their periods and split at the same cuts) and <b>the
 * difference becoming lines</b> ({@code Difference}: only what is missing or wrong, and only when
 * due by the target). In short: a period of an in-advance price is due on its first day, of an
 * in-arrear or usage price on the day after it ends. A piece that starts mid-period because of a
 * change is due at once under {@link ProrationMode#ALWAYS_INVOICE} and with the next period
 * otherwise (Stripe's create_prorations). Days billed that the timeline no longer bills (a
 * cancellation, a downgrade, an unbilled pause) come back as credit lines, due when the change
 * starts. Lines of void invoices count as billed (voiding is a decision, not an undo); deleted
 * drafts do not.
 *
 * <p>Recomputing from the start costs what the history holds: every period since the start, every
 * line ever billed. So the bill run ({@code BillingCycleService}) takes the watermark path: given
 * {@link AccountBilling#invoicesFrom()}, the generator trusts that periods ending on or before the
 * account's {@link Watermark} are settled, unless a {@link
 * dev.revops.billing.subscription.RetroactiveChange} or a usage record reopens them, and recomputes
 * only the others, from invoices read from that day on. Billed lines are filed under their period
 * by a lookup per calendar, never a scan of the periods.
 */
public final class InvoiceGenerator {
  private static final int HORIZON_YEARS = 10;

  private static final Comparator<Subscription> BY_ID = Comparator.comparing(s -> s.id().value());

  private final ProrationUnit unit;

  /**
   * Creates a generator.
   *
   * @param unit proration by day or by second
   */
  public InvoiceGenerator(ProrationUnit unit) {
    this.unit = requireNonNull(unit, "unit");
  }

  /**
   * A generator that prorates by day (the default).
   *
   * @return the generator
   */
  public static InvoiceGenerator byDay() {
    return new InvoiceGenerator(ProrationUnit.DAY);
  }

  /**
   * Computes the new lines and the next date anything is due. Without {@link
   * AccountBilling#invoicesFrom()} every period of every subscription is recomputed from its start;
   * with it, only the periods the account's {@link Watermark} leaves open (the same lines for a
   * history billed by earlier runs, at a cost that does not grow with its age).
   *
   * @param input the account's subscriptions, invoices and usage
   * @param catalog the catalog
   * @param target the account's local date to bill up to (inclusive)
   * @return the new lines and the next date
   * @throws IllegalArgumentException when {@code input.invoicesFrom()} is later than the first day
   *     the watermark needs ({@link Watermark#invoicesNeededFrom})
   */
  public BillingResult generate(AccountBilling input, Catalog catalog, LocalDate target) {
    requireNonNull(input, "input");
    requireNonNull(catalog, "catalog");
    requireNonNull(target, "target");
    AlreadyBilled billed = AlreadyBilled.from(input.invoices());
    NewLines out = new NewLines(target);
    List<Subscription> subs = input.subscriptions();
    if (subs.size() > 1) {
      subs = new ArrayList<>(subs);
      subs.sort(BY_ID);
    }
    LocalDate from = input.invoicesFrom();
    LocalDate watermark = from == null ? null : Watermark.of(input.invoices()).orElse(null);
    for (Subscription s : subs) {
      LocalDate reopen = null;
      if (from != null) {
        reopen = Watermark.reopenDate(s, watermark, input.usage(), target);
        LocalDate need = Watermark.firstDayRead(s, catalog, reopen);
        if (need.isBefore(from)) {
          throw new IllegalArgumentException(
              "subscription "
                  + s.id()
                  + " needs the invoices from "
                  + (need.equals(LocalDate.MIN) ? "its start" : need)
                  + ", the input holds them from "
                  + from);
        }
      }
      bill(s, catalog, billed.of(s), input.usage(), out, reopen);
    }
    return new BillingResult(input.account(), out.lines(), out.next());
  }

  /**
   * Bills one subscription: its periods up to the target, each the difference between what should
   * be billed and what was billed, then its one-time prices; periods (and one-time charges) that
   * end on or before {@code reopen} are settled and skipped.
   */
  private void bill(
      Subscription s,
      Catalog catalog,
      List<InvoiceLine> billedLines,
      List<UsageRecord> usage,
      NewLines out,
      LocalDate reopen) {
    Proration proration = new Proration(unit, s.zone());
    List<TimelineSlice> slices = s.timeline(catalog, out.target().plusYears(HORIZON_YEARS));
    RangeSortedList<BillingPeriod> periods =
        BillingPeriod.ofTimeline(s, slices, out.target(), reopen);
    List<InvoiceLine> oneTimeBilled =
        AlreadyBilled.fileUnderPeriods(billedLines, periods, s, catalog, slices, reopen);
    ShouldBeBilled shouldBeBilled = new ShouldBeBilled(s, catalog, usage);
    for (int i = 0; i < periods.size(); i++) {
      BillingPeriod p = periods.get(i);
      List<LocalDate> cuts = p.cuts();
      Difference.bill(
          shouldBeBilled.in(p, proration.pieces(p.range(), cuts)),
          AlreadyBilled.inPieces(p, cuts, proration),
          s,
          out);
    }
    OneTimeCharges.bill(s, slices, oneTimeBilled, out, reopen);
  }
}
