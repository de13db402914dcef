package dev.revops.metrics.subscription;

import java.math.BigDecimal;

/**
 * How a weekly price becomes a monthly one (MRR); vendors differ, so the choice is explicit. Only
 * weekly plans are affected: monthly, yearly and daily plans normalise the same way under either
 * choice (days always as {@code × 365/12}). Immutable and thread-safe.
 */
public enum WeeklyNormalisation {
  /**
   * {@code × 365/84}: a month is 365/12 days, so a week is 7 of those 365/12 (the same month as for
   * daily plans); $120 a week is $521.43 MRR. The default ({@link #DEFAULT}), and what revops did
   * before the choice existed.
   */
  DAYS_365("weekly-mrr/365-over-84", 365, 84),
  /**
   * {@code × 52/12}: a year is 52 weeks, as several analytics tools count it; $120 a week is
   * $520.00 MRR.
   */
  WEEKS_52("weekly-mrr/52-over-12", 52, 12);

  /** The choice used when none is given: {@link #DAYS_365}. */
  public static final WeeklyNormalisation DEFAULT = DAYS_365;

  private final String formula;
  private final BigDecimal numerator;
  private final BigDecimal denominator;

  WeeklyNormalisation(String formula, int numerator, int denominator) {
    this.formula = formula;
    this.numerator = BigDecimal.valueOf(numerator);
    this.denominator = BigDecimal.valueOf(denominator);
  }

  /**
   * Returns the choice's stable name.
   *
   * @return e.g. {@code "weekly-mrr/52-over-12"}
   */
  public String formula() {
    return formula;
  }

  /**
   * Returns what a price per week is multiplied by, before dividing by {@link #denominator()}.
   *
   * @return 365 or 52
   */
  public BigDecimal numerator() {
    return numerator;
  }

  /**
   * Returns what a price per week is divided by, after multiplying by {@link #numerator()}.
   *
   * @return 84 or 12
   */
  public BigDecimal denominator() {
    return denominator;
  }
}
