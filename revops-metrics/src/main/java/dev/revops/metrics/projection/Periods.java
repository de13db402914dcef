package dev.revops.metrics.projection;

import static java.util.Objects.requireNonNull;

import dev.revops.core.time.DateRange;
import java.time.LocalDate;
import java.time.YearMonth;

/** The usual report periods as half-open date ranges. Stateless and thread-safe. */
public final class Periods {
  private Periods() {}

  /**
   * Returns a calendar month.
   *
   * @param month the month
   * @return {@code [first day, first day of the next month)}
   */
  public static DateRange month(YearMonth month) {
    requireNonNull(month, "month");
    return DateRange.of(month.atDay(1), month.plusMonths(1).atDay(1));
  }

  /**
   * Returns a calendar quarter.
   *
   * @param year the year
   * @param quarter 1 to 4
   * @return {@code [first day of the quarter, first day of the next)}
   */
  public static DateRange quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1 to 4, got " + quarter);
    }
    LocalDate start = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
    return DateRange.of(start, start.plusMonths(3));
  }
}
