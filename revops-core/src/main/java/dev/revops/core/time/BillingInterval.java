package dev.revops.core.time;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * How often a plan bills: every {@code count} days, weeks, months or years. Immutable and
 * thread-safe; null is never accepted.
 *
 * @param unit the unit
 * @param count how many units make one period, at least 1
 */
public record BillingInterval(@NotNull IntervalUnit unit, @NotNull @Min(1) Integer count) {
  /** Checks the unit is present and the count is at least 1. */
  public BillingInterval {
    requireNonNull(unit, "unit");
    requireNonNull(count, "count");
    if (count < 1) {
      throw new IllegalArgumentException("interval count must be at least 1, got " + count);
    }
  }

  /** Every month. */
  public static final BillingInterval MONTHLY = new BillingInterval(IntervalUnit.MONTH, 1);

  /** Every three months. */
  public static final BillingInterval QUARTERLY = new BillingInterval(IntervalUnit.MONTH, 3);

  /** Every year. */
  public static final BillingInterval YEARLY = new BillingInterval(IntervalUnit.YEAR, 1);

  /** Every week. */
  public static final BillingInterval WEEKLY = new BillingInterval(IntervalUnit.WEEK, 1);

  /** Every day. */
  public static final BillingInterval DAILY = new BillingInterval(IntervalUnit.DAY, 1);

  /**
   * Makes an interval.
   *
   * @param count how many units, at least 1
   * @param unit the unit
   * @return the interval
   */
  public static BillingInterval every(int count, IntervalUnit unit) {
    return new BillingInterval(unit, count);
  }

  /**
   * Returns the start of period {@code k} counted from an anchor date, computed directly from the
   * anchor (never by adding one period to the previous one), so a month-end anchor never drifts:
   * from Jan 31, period 1 starts Feb 28 (29) and period 2 starts Mar 31.
   *
   * @param anchor the start of period 0
   * @param k the period index, may be negative
   * @return the start of period {@code k}
   */
  public LocalDate startOf(LocalDate anchor, long k) {
    long n = Math.multiplyExact(k, (long) count);
    return switch (unit) {
      case DAY -> anchor.plusDays(n);
      case WEEK -> anchor.plusWeeks(n);
      case MONTH -> anchor.plusMonths(n);
      case YEAR -> anchor.plusYears(n);
    };
  }

  /**
   * Returns a first guess of the index of the period holding a date; exact for days and weeks, at
   * most one off for months and years (the caller corrects it).
   *
   * @param anchor the start of period 0
   * @param date the date
   * @return the estimated index
   */
  /**
   * Estimates which period of a calendar anchored on {@code anchor} a date falls in, from whole
   * units between them; exact for days and weeks, and within one period either way for months and
   * years (a clamped month end), so a calendar checks the neighbours.
   *
   * @param anchor the calendar's anchor
   * @param date the date
   * @return the estimated period index (negative before the anchor)
   */
  public long estimateIndex(LocalDate anchor, LocalDate date) {
    long units =
        switch (unit) {
          case DAY -> date.toEpochDay() - anchor.toEpochDay();
          case WEEK -> Math.floorDiv(date.toEpochDay() - anchor.toEpochDay(), 7);
          case MONTH ->
              (date.getYear() * 12L + date.getMonthValue())
                  - (anchor.getYear() * 12L + anchor.getMonthValue());
          case YEAR -> (long) date.getYear() - anchor.getYear();
        };
    return Math.floorDiv(units, (long) count);
  }

  @Override
  public String toString() {
    return "every " + count + " " + unit;
  }
}
