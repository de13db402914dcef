package dev.revops.metrics.collections;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;
import java.time.YearMonth;

/**
 * Credit sales of one calendar month, an input of countback DSO. Immutable and thread-safe; null is
 * never accepted.
 *
 * @param month the month
 * @param creditSales sales made on credit in that month, at least zero
 */
public record MonthlySales(YearMonth month, Money creditSales) {
  /** Checks the fields. */
  public MonthlySales {
    requireNonNull(month, "month");
    requireNonNull(creditSales, "creditSales");
    if (creditSales.isNegative()) {
      throw new IllegalArgumentException("credit sales of " + month + " must be >= 0");
    }
  }

  /**
   * Returns the number of days of the month.
   *
   * @return 28 to 31
   */
  public int days() {
    return month.lengthOfMonth();
  }
}
