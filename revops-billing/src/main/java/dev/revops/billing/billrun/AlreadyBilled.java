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
import java.util.Comparator;
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
   * (see {@link Filing#homeOf}) or, when the timeline no longer bills it (a cancellation, a
   * downgrade), the calendar period containing its start, or the line's own service period when no
   * calendar period encloses it; such a period then credits the line back. One-time lines are not
   * filed: they are compared per phase start (see {@link OneTimeCharges}).
   *
   * <p>A line is filed where a recomputation of every period from the subscription's start would
   * file it, found by a binary search among the periods (and, for a settled period, per calendar: a
   * line lies in one period of each), not by a scan of every period. When {@code reopen} is set,
   * periods that end on or before it are settled and not in {@code periods}: a line whose period is
   * one of them is dropped (it can change nothing).
   *
   * @param lines the subscription's billed lines
   * @param periods the periods the timeline bills ({@link BillingPeriod#ofTimeline} with the same
   *     {@code reopen}); periods are added for orphaned lines
   * @param s the subscription
   * @param catalog the catalog (the plan billed on the line's first day gives its calendar)
   * @param slices the timeline the periods come from
   * @param reopen null when every period is in {@code periods}; else the reopen date
   * @return the billed one-time lines
   */
  static List<InvoiceLine> fileUnderPeriods(
      List<InvoiceLine> lines,
      RangeSortedList<BillingPeriod> periods,
      Subscription s,
      Catalog catalog,
      List<TimelineSlice> slices,
      LocalDate reopen) {
    if (lines.isEmpty()) {
      return List.of();
    }
    Filing filing = new Filing(periods, s, catalog, slices, reopen);
    List<InvoiceLine> oneTime = new ArrayList<>();
    for (InvoiceLine l : lines) {
      if (l.type() == LineType.ONE_TIME) {
        oneTime.add(l);
      } else {
        filing.file(l);
      }
    }
    filing.fileOrphans();
    return oneTime;
  }

  /**
   * Where one subscription's billed lines go. Mutable (the settled periods orphaned lines would
   * have added) and confined to one call of {@link #fileUnderPeriods}.
   */
  private static final class Filing {
    private final RangeSortedList<BillingPeriod> periods;
    private final Subscription s;
    private final Catalog catalog;
    private final List<TimelineSlice> slices;
    private final LocalDate reopen;

    /** The longest timeline period in days: how far back a period that encloses a line starts. */
    private final long longest;

    /** Each slice's calendar, and the distinct ones; made when a settled period is looked up. */
    private List<BillingCalendar> sliceCalendars;

    private List<BillingCalendar> calendars;

    /** The settled periods orphaned lines would have added (lines of later ones may match them). */
    private List<DateRange> settledOrphans;

    /** The lines the timeline no longer bills, filed once every line has been seen. */
    private List<InvoiceLine> orphans;

    /** The orphaned lines filed so far, and where each went (null: a settled period). */
    private List<InvoiceLine> filedOrphans;

    private List<BillingPeriod> filedHomes;

    Filing(
        RangeSortedList<BillingPeriod> periods,
        Subscription s,
        Catalog catalog,
        List<TimelineSlice> slices,
        LocalDate reopen) {
      this.periods = periods;
      this.s = s;
      this.catalog = catalog;
      this.slices = slices;
      this.reopen = reopen;
      long days = 0;
      for (int i = 0; i < periods.size(); i++) {
        DateRange r = periods.get(i).range();
        days = Math.max(days, r.end().toEpochDay() - r.start().toEpochDay());
      }
      this.longest = days;
    }

    /** Whether a period is settled (ends on or before the reopen date), so not recomputed. */
    private boolean settled(DateRange p) {
      return reopen != null && !p.end().isAfter(reopen);
    }

    void file(InvoiceLine l) {
      DateRange range = l.servicePeriod();
      if (l.type() == LineType.DISCOUNT) {
        // a discount belongs to the period with exactly its range
        BillingPeriod exact = periods.find(range);
        if (exact != null) {
          exact.billed().add(l);
          return;
        }
        if (settled(range) && isTimelinePeriod(range)) {
          return;
        }
        orphan(l);
        return;
      }
      DateRange home = homeOf(l);
      if (home == null) {
        orphan(l);
      } else if (!settled(home)) {
        periods.find(home).billed().add(l);
      }
    }

    /**
     * The period the line belongs to while the timeline still bills it: of the timeline's periods
     * that enclose it and whose slices carry its price, the first in range order (periods of two
     * plans with different intervals can overlap). The periods in the list are searched from the
     * last that starts by the line's first day back to the first that could still reach its end; a
     * settled period, not in the list, is one of each calendar's periods holding the line's first
     * day (and, for an empty line, the one ending on it).
     */
    private DateRange homeOf(InvoiceLine l) {
      DateRange range = l.servicePeriod();
      DateRange best = null;
      int i = periods.indexOf(DateRange.of(range.start(), LocalDate.MAX));
      long end = range.end().toEpochDay();
      for (i = i >= 0 ? i : -i - 2; i >= 0; i--) {
        BillingPeriod p = periods.get(i);
        if (p.range().start().toEpochDay() + longest < end) {
          break;
        }
        if (p.range().encloses(range) && carries(p.slices(), l.priceId())) {
          best = p.range();
        }
      }
      if (reopen != null && !range.end().isAfter(reopen)) {
        for (BillingCalendar cal : calendars()) {
          best = first(best, settledCandidate(cal.periodContaining(range.start()), l));
          if (range.isEmpty()) {
            best =
                first(best, settledCandidate(cal.periodContaining(range.start().minusDays(1)), l));
          }
        }
      }
      return best;
    }

    /** A settled period when it encloses the line and the timeline has it with the line's price. */
    private DateRange settledCandidate(DateRange p, InvoiceLine l) {
      if (!settled(p) || !p.encloses(l.servicePeriod())) {
        return null;
      }
      List<BillingCalendar> cals = sliceCalendars();
      for (int i = 0; i < slices.size(); i++) {
        TimelineSlice slice = slices.get(i);
        if (slice.range().overlaps(p)
            && cals.get(i).periodContaining(p.start()).equals(p)
            && carries(List.of(slice), l.priceId())) {
          return p;
        }
      }
      return null;
    }

    private List<BillingCalendar> sliceCalendars() {
      if (sliceCalendars == null) {
        sliceCalendars = new ArrayList<>(slices.size());
        calendars = new ArrayList<>(2);
        for (TimelineSlice slice : slices) {
          BillingCalendar cal = s.calendar(slice.plan());
          sliceCalendars.add(cal);
          if (!calendars.contains(cal)) {
            calendars.add(cal);
          }
        }
      }
      return sliceCalendars;
    }

    private List<BillingCalendar> calendars() {
      sliceCalendars();
      return calendars;
    }

    /** Whether the timeline has a (settled) period with exactly this range. */
    private boolean isTimelinePeriod(DateRange p) {
      List<BillingCalendar> cals = sliceCalendars();
      for (int i = 0; i < slices.size(); i++) {
        if (slices.get(i).range().overlaps(p)
            && cals.get(i).periodContaining(p.start()).equals(p)) {
          return true;
        }
      }
      return false;
    }

    private boolean isSettledOrphan(DateRange p) {
      return settledOrphans != null && settledOrphans.contains(p);
    }

    /** A line the timeline no longer bills: kept until {@link #fileOrphans}. */
    private void orphan(InvoiceLine l) {
      if (orphans == null) {
        orphans = new ArrayList<>(4);
      }
      orphans.add(l);
    }

    /**
     * Files the lines the timeline no longer bills, the longest service period first (in invoice
     * order among equals), so that the result does not depend on the order of the invoices. A line
     * goes to the period of an orphaned line of the same price and quantity that encloses it (a
     * credit of some of a line's days goes where the line went, so the two cancel out, and is
     * dropped with it when that period is settled); else to the calendar period containing its
     * start (the plan billed that day gives the calendar), or its own service period when no
     * calendar period encloses it.
     */
    void fileOrphans() {
      if (orphans == null) {
        return;
      }
      orphans.sort(
          Comparator.comparingLong((InvoiceLine l) -> -l.servicePeriod().days())
              .thenComparing(l -> l.type() == LineType.DISCOUNT));
      for (InvoiceLine l : orphans) {
        if (l.type() == LineType.DISCOUNT
            && settled(l.servicePeriod())
            && isSettledOrphan(l.servicePeriod())) {
          continue;
        }
        int with = enclosingOrphan(l);
        if (with < 0) {
          fileOrphan(l);
          continue;
        }
        BillingPeriod home = filedHomes.get(with);
        if (home != null) {
          home.billed().add(l);
        }
        filed(l, home);
      }
    }

    /**
     * The index among the filed orphans of one of the same price and quantity that encloses this
     * line (not a discount), or -1.
     */
    private int enclosingOrphan(InvoiceLine l) {
      if (filedOrphans == null || l.type() == LineType.DISCOUNT) {
        return -1;
      }
      for (int i = 0; i < filedOrphans.size(); i++) {
        InvoiceLine o = filedOrphans.get(i);
        if (o.type() != LineType.DISCOUNT
            && o.priceId().equals(l.priceId())
            && o.quantity() == l.quantity()
            && o.servicePeriod().encloses(l.servicePeriod())) {
          return i;
        }
      }
      return -1;
    }

    private void filed(InvoiceLine l, BillingPeriod home) {
      if (filedOrphans == null) {
        filedOrphans = new ArrayList<>(4);
        filedHomes = new ArrayList<>(4);
      }
      filedOrphans.add(l);
      filedHomes.add(home);
    }

    private void fileOrphan(InvoiceLine l) {
      LocalDate start = l.servicePeriod().start();
      BillingCalendar cal = s.calendar(catalog.plan(s.segmentOn(start).planId()));
      DateRange p = cal.periodContaining(start);
      if (!p.encloses(l.servicePeriod())) {
        p = l.servicePeriod();
      }
      if (settled(p)) {
        if (settledOrphans == null) {
          settledOrphans = new ArrayList<>(2);
        }
        if (!isSettledOrphan(p)) {
          settledOrphans.add(p);
        }
        filed(l, null);
        return;
      }
      BillingPeriod home = BillingPeriod.getOrAdd(periods, p, cal);
      home.billed().add(l);
      filed(l, home);
    }

    private static boolean carries(List<TimelineSlice> slices, String priceId) {
      for (int i = 0; i < slices.size(); i++) {
        for (Price price : slices.get(i).phase().prices()) {
          if (price.id().equals(priceId)) {
            return true;
          }
        }
      }
      return false;
    }

    /** The earlier of two periods in range order (by start, then end); null is none. */
    private static DateRange first(DateRange a, DateRange b) {
      if (a == null) {
        return b;
      }
      if (b == null) {
        return a;
      }
      int c = a.start().compareTo(b.start());
      if (c == 0) {
        c = a.end().compareTo(b.end());
      }
      return c <= 0 ? a : b;
    }
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
