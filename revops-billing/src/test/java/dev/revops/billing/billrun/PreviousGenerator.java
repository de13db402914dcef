package dev.revops.billing.billrun;

import dev.revops.billing.calendar.BillingCalendar;
import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.Price;
import dev.revops.billing.internal.RangeSortedList;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.LineType;
import dev.revops.billing.proration.Proration;
import dev.revops.billing.proration.ProrationUnit;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.TimelineSlice;
import dev.revops.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The invoice generator as it was before the watermark, kept as the reference the new paths are
 * checked against: every period of every subscription from its start, and each billed line placed
 * by a scan over all the periods. Only the parts that changed are copied here (building the
 * periods, filing the billed lines, the loop); the three rules ({@link ShouldBeBilled}, {@link
 * AlreadyBilled#inPieces}, {@link Difference}, {@link OneTimeCharges}) are the generator's own.
 * Stateless.
 */
final class PreviousGenerator {
  private static final Comparator<Subscription> BY_ID = Comparator.comparing(s -> s.id().value());

  private PreviousGenerator() {}

  /** What the generator of before returned for this input (its invoices taken as all of them). */
  static BillingResult generate(
      ProrationUnit unit, AccountBilling input, Catalog catalog, LocalDate target) {
    AlreadyBilled billed = AlreadyBilled.from(input.invoices());
    NewLines out = new NewLines(target);
    List<Subscription> subs = new ArrayList<>(input.subscriptions());
    subs.sort(BY_ID);
    for (Subscription s : subs) {
      Proration proration = new Proration(unit, s.zone());
      List<TimelineSlice> slices = s.timeline(catalog, target.plusYears(10));
      RangeSortedList<BillingPeriod> periods = ofTimeline(s, slices, target);
      List<InvoiceLine> oneTime = fileUnderPeriods(billed.of(s), periods, s, catalog);
      ShouldBeBilled shouldBeBilled = new ShouldBeBilled(s, catalog, input.usage());
      for (int i = 0; i < periods.size(); i++) {
        BillingPeriod p = periods.get(i);
        List<LocalDate> cuts = p.cuts();
        Difference.bill(
            shouldBeBilled.in(p, proration.pieces(p.range(), cuts)),
            AlreadyBilled.inPieces(p, cuts, proration),
            s,
            out);
      }
      OneTimeCharges.bill(s, slices, oneTime, out, null);
    }
    return new BillingResult(input.account(), out.lines(), out.next());
  }

  private static RangeSortedList<BillingPeriod> ofTimeline(
      Subscription s, List<TimelineSlice> slices, LocalDate target) {
    RangeSortedList<BillingPeriod> periods = new RangeSortedList<>(BillingPeriod::range);
    for (TimelineSlice slice : slices) {
      BillingCalendar cal = s.calendar(slice.plan());
      for (long k = cal.indexOf(slice.range().start()); ; k++) {
        DateRange p = cal.period(k);
        if (!p.start().isBefore(slice.range().end())) {
          break;
        }
        BillingPeriod.getOrAdd(periods, p, cal).slices().add(slice);
        if (p.start().isAfter(target)) {
          break;
        }
      }
    }
    return periods;
  }

  private static List<InvoiceLine> fileUnderPeriods(
      List<InvoiceLine> lines,
      RangeSortedList<BillingPeriod> periods,
      Subscription s,
      Catalog catalog) {
    List<InvoiceLine> oneTime = new ArrayList<>();
    List<InvoiceLine> orphans = new ArrayList<>();
    for (InvoiceLine l : lines) {
      if (l.type() == LineType.ONE_TIME) {
        oneTime.add(l);
        continue;
      }
      BillingPeriod home = homeOf(periods, l);
      if (home != null) {
        home.billed().add(l);
      } else {
        orphans.add(l);
      }
    }
    // lines the timeline no longer bills: longest first; a line enclosed by an orphan of the same
    // price and quantity joins it (a credit of some of its days), else the period holding its start
    orphans.sort(
        Comparator.comparingLong((InvoiceLine l) -> -l.servicePeriod().days())
            .thenComparing(l -> l.type() == LineType.DISCOUNT));
    List<BillingPeriod> homes = new ArrayList<>();
    for (InvoiceLine l : orphans) {
      BillingPeriod home = enclosingOrphan(homes, l);
      if (home == null) {
        LocalDate start = l.servicePeriod().start();
        BillingCalendar cal = s.calendar(catalog.plan(s.segmentOn(start).planId()));
        DateRange p = cal.periodContaining(start);
        if (!p.encloses(l.servicePeriod())) {
          p = l.servicePeriod();
        }
        home = BillingPeriod.getOrAdd(periods, p, cal);
        homes.add(home);
      }
      home.billed().add(l);
    }
    return oneTime;
  }

  private static BillingPeriod enclosingOrphan(List<BillingPeriod> homes, InvoiceLine l) {
    if (l.type() == LineType.DISCOUNT) {
      return null;
    }
    for (BillingPeriod p : homes) {
      for (InvoiceLine o : p.billed()) {
        if (o.type() != LineType.DISCOUNT
            && o.priceId().equals(l.priceId())
            && o.quantity() == l.quantity()
            && o.servicePeriod().encloses(l.servicePeriod())) {
          return p;
        }
      }
    }
    return null;
  }

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
}
