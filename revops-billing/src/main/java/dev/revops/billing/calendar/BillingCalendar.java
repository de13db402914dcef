package dev.revops.billing.calendar;

import static java.util.Objects.requireNonNull;

import dev.revops.core.time.BillingInterval;
import dev.revops.core.time.DateRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The billing periods of one subscription: period {@code k} is {@code [interval.startOf(anchor, k),
 * interval.startOf(anchor, k + 1))}, half-open, computed from the anchor every time. The anchor's
 * day of month is kept for life: an anchor on Jan 31 gives periods starting Jan 31, Feb 28 (29),
 * Mar 31, Apr 30, ... for as many years as the subscription lives. Dates are the account's local
 * dates; instants are turned into dates in the account's zone, so daylight saving time can neither
 * shift nor skip a period. Immutable and thread-safe; null is never accepted.
 *
 * @param anchor the first day of period 0 (the billing cycle anchor)
 * @param interval the length of a period
 * @param zone the account's time zone
 */
public record BillingCalendar(LocalDate anchor, BillingInterval interval, ZoneId zone) {
  /** Checks every part is present. */
  public BillingCalendar {
    requireNonNull(anchor, "anchor");
    requireNonNull(interval, "interval");
    requireNonNull(zone, "zone");
  }

  /**
   * Makes a calendar.
   *
   * @param anchor the first day of period 0
   * @param interval the length of a period
   * @param zone the account's zone
   * @return the calendar
   */
  public static BillingCalendar of(LocalDate anchor, BillingInterval interval, ZoneId zone) {
    return new BillingCalendar(anchor, interval, zone);
  }

  /**
   * Returns period {@code k}.
   *
   * @param k the index; 0 starts at the anchor, negative indexes lie before it
   * @return the half-open period
   */
  public DateRange period(long k) {
    return DateRange.of(interval.startOf(anchor, k), interval.startOf(anchor, k + 1));
  }

  /**
   * Returns the index of the period holding a date.
   *
   * @param date a local date of the account
   * @return the index {@code k} with {@code period(k).contains(date)}
   */
  public long indexOf(LocalDate date) {
    requireNonNull(date, "date");
    long k = interval.estimateIndex(anchor, date);
    while (interval.startOf(anchor, k).isAfter(date)) {
      k--;
    }
    while (!interval.startOf(anchor, k + 1).isAfter(date)) {
      k++;
    }
    return k;
  }

  /**
   * Returns the period holding a date.
   *
   * @param date a local date of the account
   * @return the period that contains it
   */
  public DateRange periodContaining(LocalDate date) {
    return period(indexOf(date));
  }

  /**
   * Returns the period holding an instant, read as a date in the account's zone.
   *
   * @param instant the instant
   * @return the period that contains its local date
   */
  public DateRange periodContaining(Instant instant) {
    return periodContaining(localDate(instant));
  }

  /**
   * Returns the account's local date of an instant.
   *
   * @param instant the instant
   * @return the date in {@link #zone()}
   */
  public LocalDate localDate(Instant instant) {
    return LocalDate.ofInstant(requireNonNull(instant, "instant"), zone);
  }

  /**
   * Returns the first instant of a period in the account's zone (midnight, or the first instant
   * after a daylight-saving gap at midnight).
   *
   * @param period a period of this calendar
   * @return its first instant
   */
  public Instant startInstant(DateRange period) {
    return period.startInstant(zone);
  }

  /**
   * Returns the periods that overlap a range, in order.
   *
   * @param range the range
   * @return the overlapping periods, empty for an empty range
   */
  public List<DateRange> periodsOverlapping(DateRange range) {
    requireNonNull(range, "range");
    List<DateRange> result = new ArrayList<>();
    if (range.isEmpty()) {
      return result;
    }
    long last = indexOf(range.end().minusDays(1));
    for (long k = indexOf(range.start()); k <= last; k++) {
      result.add(period(k));
    }
    return result;
  }

  /**
   * Returns the day of month the anchor keeps for life.
   *
   * @return 1 to 31
   */
  public int anchorDay() {
    return anchor.getDayOfMonth();
  }
}
