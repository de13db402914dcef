package dev.revops.metrics.subscription;

import static java.util.Objects.requireNonNull;

import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * How often a subscription bills: every {@code count} days, weeks, months or years. Immutable and
 * thread-safe; null is never accepted.
 *
 * @param unit {@link ChronoUnit#DAYS}, {@link ChronoUnit#WEEKS}, {@link ChronoUnit#MONTHS} or
 *     {@link ChronoUnit#YEARS}
 * @param count how many units one billing period lasts, at least 1
 */
public record BillingInterval(ChronoUnit unit, int count) {
  private static final Set<ChronoUnit> UNITS =
      Set.of(ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS, ChronoUnit.YEARS);

  /** Monthly billing. */
  public static final BillingInterval MONTHLY = new BillingInterval(ChronoUnit.MONTHS, 1);

  /** Quarterly billing (every 3 months). */
  public static final BillingInterval QUARTERLY = new BillingInterval(ChronoUnit.MONTHS, 3);

  /** Yearly billing. */
  public static final BillingInterval YEARLY = new BillingInterval(ChronoUnit.YEARS, 1);

  /** Weekly billing. */
  public static final BillingInterval WEEKLY = new BillingInterval(ChronoUnit.WEEKS, 1);

  /** Daily billing. */
  public static final BillingInterval DAILY = new BillingInterval(ChronoUnit.DAYS, 1);

  /** Checks the unit is one of the four supported and the count is positive. */
  public BillingInterval {
    requireNonNull(unit, "unit");
    if (!UNITS.contains(unit)) {
      throw new IllegalArgumentException(
          "billing interval unit must be DAYS, WEEKS, MONTHS or YEARS, got " + unit);
    }
    if (count < 1) {
      throw new IllegalArgumentException("billing interval count must be >= 1, got " + count);
    }
  }

  /**
   * Makes "every {@code count} units".
   *
   * @param count how many units
   * @param unit the unit
   * @return the interval
   */
  public static BillingInterval every(int count, ChronoUnit unit) {
    return new BillingInterval(unit, count);
  }
}
