package dev.revops.billing.billrun;

import dev.revops.billing.calendar.BillingCalendar;
import dev.revops.billing.internal.RangeSortedList;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.LineType;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.TimelineSlice;
import dev.revops.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One billing period of a subscription: the slices of its timeline that fall in it (what should be
 * billed) and the lines already billed for it (what was billed). Mutable while the periods are
 * gathered, then only read; confined to one generation.
 */
final class BillingPeriod {
  private final DateRange range;
  private final BillingCalendar calendar;
  private final List<TimelineSlice> slices = new ArrayList<>();
  private final List<InvoiceLine> billed = new ArrayList<>();

  private BillingPeriod(DateRange range, BillingCalendar calendar) {
    this.range = range;
    this.calendar = calendar;
  }

  /**
   * The periods the timeline bills, up to the target, that end after a day. Domain rule (DOMAIN.md,
   * Billing calendar): periods are the half-open periods of each slice's plan calendar (its anchor,
   * each period clamped to the month's last day), computed by {@link BillingCalendar}; every period
   * that starts before the slice ends is billed, up to the first that starts after the target
   * (whose charges are due later and give the next date). A period shared by two slices (a change
   * mid-period) holds both. Periods that end on or before {@code reopen} are settled ({@link
   * Watermark}) and left out: each slice's calendar is entered at the period holding that day, so
   * the cost follows the periods kept, not the subscription's age.
   *
   * @param s the subscription
   * @param slices its timeline
   * @param target the last day billed
   * @param reopen null for every period; else periods ending on or before it are left out (it is
   *     never after the target)
   * @return the periods, in range order
   */
  static RangeSortedList<BillingPeriod> ofTimeline(
      Subscription s, List<TimelineSlice> slices, LocalDate target, LocalDate reopen) {
    RangeSortedList<BillingPeriod> periods = new RangeSortedList<>(BillingPeriod::range);
    for (int i = 0; i < slices.size(); i++) {
      TimelineSlice slice = slices.get(i);
      BillingCalendar cal = s.calendar(slice.plan());
      long k = cal.indexOf(slice.range().start());
      if (reopen != null) {
        k = Math.max(k, cal.indexOf(reopen));
      }
      for (; ; k++) {
        DateRange p = cal.period(k);
        if (!p.start().isBefore(slice.range().end())) {
          break;
        }
        getOrAdd(periods, p, cal).slices.add(slice);
        if (p.start().isAfter(target)) {
          break;
        }
      }
    }
    return periods;
  }

  /**
   * Returns the period with this range, adding it when there is none.
   *
   * @param periods the periods
   * @param range the period's range
   * @param calendar the calendar it comes from
   * @return the period
   */
  static BillingPeriod getOrAdd(
      RangeSortedList<BillingPeriod> periods, DateRange range, BillingCalendar calendar) {
    int i = periods.indexOf(range);
    return i >= 0 ? periods.get(i) : periods.insert(i, new BillingPeriod(range, calendar));
  }

  /**
   * The days this period is cut at. Rule (proration): a change mid-period cuts it, so every slice's
   * start and end is a cut; and so that what was billed is compared piece by piece with what should
   * be, the start and end of every billed line (discounts excepted: they belong to the whole
   * period) are cuts too.
   *
   * @return the days, unsorted and possibly repeated ({@code Proration.pieces} sorts and dedupes)
   */
  List<LocalDate> cuts() {
    List<LocalDate> cuts = new ArrayList<>(2 * (slices.size() + billed.size()));
    for (int i = 0; i < slices.size(); i++) {
      DateRange sliceRange = slices.get(i).range();
      cuts.add(sliceRange.start());
      cuts.add(sliceRange.end());
    }
    for (int i = 0; i < billed.size(); i++) {
      InvoiceLine l = billed.get(i);
      if (l.type() != LineType.DISCOUNT) {
        cuts.add(l.servicePeriod().start());
        cuts.add(l.servicePeriod().end());
      }
    }
    return cuts;
  }

  /** The period's days. */
  DateRange range() {
    return range;
  }

  /** The calendar the period comes from (coupons count periods on it). */
  BillingCalendar calendar() {
    return calendar;
  }

  /** The timeline's slices in this period, in time order. */
  List<TimelineSlice> slices() {
    return slices;
  }

  /** The lines already billed for this period. */
  List<InvoiceLine> billed() {
    return billed;
  }
}
