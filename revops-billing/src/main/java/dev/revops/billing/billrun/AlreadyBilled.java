package dev.revops.billing.billrun;

import dev.revops.billing.calendar.BillingCalendar;
import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.Price;
import dev.revops.billing.internal.RangeSortedList;
import dev.revops.billing.internal.SmallOrderedMap;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.InvoiceStatus;
import dev.revops.billing.invoice.LineType;
import dev.revops.billing.proration.ProratedPiece;
import dev.revops.billing.proration.Proration;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.TimelineSlice;
import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was billed already, read from the account's existing invoices: the second of the generator's
 * three rules (what should be billed, what was billed, the difference). Rule (invoice generation):
 * generation is a pure function of the existing invoices, so running it again bills nothing new;
 * every line a subscription's price or coupon billed counts, on any invoice except a deleted draft
 * (a void invoice still counts: voiding is a decision, not an undo). Immutable once read; confined
 * to one generation.
 */
final class AlreadyBilled {
  private static final AlreadyBilled NOTHING = new AlreadyBilled(Map.of());

  private final Map<String, List<InvoiceLine>> bySubscription;

  private AlreadyBilled(Map<String, List<InvoiceLine>> bySubscription) {
    this.bySubscription = bySubscription;
  }

  /**
   * Reads the lines that count as billed: from subscriptions, with a price or coupon, not tax, on
   * any invoice but a deleted draft.
   *
   * @param invoices the account's invoices
   * @return the billed lines per subscription, in invoice order
   */
  static AlreadyBilled from(List<Invoice> invoices) {
    if (invoices.isEmpty()) {
      return NOTHING;
    }
    Map<String, List<InvoiceLine>> billed = new LinkedHashMap<>();
    for (Invoice inv : invoices) {
      if (inv.status() == InvoiceStatus.DELETED) {
        continue;
      }
      for (InvoiceLine l : inv.lines()) {
        if (l.fromSubscription() && l.priceId() != null && l.type() != LineType.TAX) {
          billed.computeIfAbsent(l.subscriptionId(), k -> new ArrayList<>()).add(l);
        }
      }
    }
    return new AlreadyBilled(billed);
  }

  /**
   * Returns what was billed for one subscription.
   *
   * @param s the subscription
   * @return its billed lines, possibly none
   */
  List<InvoiceLine> of(Subscription s) {
    return bySubscription.getOrDefault(s.id().value(), List.of());
  }

  /**
   * Files each billed line under the period it belongs to: the period of the timeline that holds it
   * (see {@link #homeOf}) or, when the timeline no longer bills it (a cancellation, a downgrade),
   * the calendar period containing its start, or the line's own service period when no calendar
   * period encloses it; such a period then credits the line back. One-time lines are not filed:
   * they are compared per phase start (see {@link OneTimeCharges}).
   *
   * @param lines the subscription's billed lines
   * @param periods the periods the timeline bills; periods are added for orphaned lines
   * @param s the subscription
   * @param catalog the catalog (the plan billed on the line's first day gives its calendar)
   * @return the billed one-time lines
   */
  static List<InvoiceLine> fileUnderPeriods(
      List<InvoiceLine> lines,
      RangeSortedList<BillingPeriod> periods,
      Subscription s,
      Catalog catalog) {
    List<InvoiceLine> oneTime = new ArrayList<>();
    for (InvoiceLine l : lines) {
      if (l.type() == LineType.ONE_TIME) {
        oneTime.add(l);
        continue;
      }
      BillingPeriod home = homeOf(periods, l);
      if (home != null) {
        home.billed().add(l);
        continue;
      }
      LocalDate start = l.servicePeriod().start();
      BillingCalendar cal = s.calendar(catalog.plan(s.segmentOn(start).planId()));
      DateRange p = cal.periodContaining(start);
      if (!p.encloses(l.servicePeriod())) {
        p = l.servicePeriod();
      }
      BillingPeriod.getOrAdd(periods, p, cal).billed().add(l);
    }
    return oneTime;
  }

  /**
   * Finds the period a billed line belongs to when the timeline still has it: a discount by its
   * exact period, any other line by an enclosing period whose slices carry its price (periods of
   * two plans with different intervals can overlap).
   */
  private static BillingPeriod homeOf(RangeSortedList<BillingPeriod> periods, InvoiceLine l) {
    if (l.type() == LineType.DISCOUNT) {
      return periods.find(l.servicePeriod());
    }
    for (int i = 0; i < periods.size(); i++) {
      BillingPeriod p = periods.get(i);
      if (!p.range().encloses(l.servicePeriod())) {
        continue;
      }
      for (TimelineSlice slice : p.slices()) {
        for (Price price : slice.phase().prices()) {
          if (price.id().equals(l.priceId())) {
            return p;
          }
        }
      }
    }
    return null;
  }

  /**
   * What was billed for one period, per key. Rule (proration): the prorated pieces of one period
   * add up exactly to the full price, so a billed line that spans several of today's pieces (billed
   * before a change cut its period) is split at the same cuts by {@link Proration#split}, the same
   * allocation that shares what should be billed; a discount stays whole, keyed by its period.
   * Lines of one key on several invoices add up.
   *
   * @param p the period
   * @param cuts the period's cuts ({@link BillingPeriod#cuts()})
   * @param proration the subscription's proration
   * @return the billed amount per key, in the order first billed
   */
  static SmallOrderedMap<ChargeKey, Money> inPieces(
      BillingPeriod p, List<LocalDate> cuts, Proration proration) {
    SmallOrderedMap<ChargeKey, Money> billed = new SmallOrderedMap<>();
    for (InvoiceLine l : p.billed()) {
      if (l.type() == LineType.DISCOUNT) {
        billed.merge(
            new ChargeKey(l.priceId(), 0, l.servicePeriod(), true), l.amount(), Money::plus);
        continue;
      }
      if (l.servicePeriod().isEmpty()) {
        billed.merge(
            new ChargeKey(l.priceId(), l.quantity(), l.servicePeriod(), false),
            l.amount(),
            Money::plus);
        continue;
      }
      for (ProratedPiece part : proration.split(l.amount(), l.servicePeriod(), cuts)) {
        billed.merge(
            new ChargeKey(l.priceId(), l.quantity(), part.range(), false),
            part.amount(),
            Money::plus);
      }
    }
    return billed;
  }
}
