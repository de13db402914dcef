package dev.revops.metrics.result;

/** What the number of a {@link MetricResult} measures. Immutable and thread-safe. */
public enum Unit {
  /** A plain ratio, e.g. {@code 0.25}; a rate stated as a fraction of one. */
  RATIO,
  /** A number of percent, e.g. {@code 87.5} (CEI is stated this way). */
  PERCENT,
  /** A number of days. */
  DAYS,
  /** A number of months. */
  MONTHS,
  /** A count of things (customers, leads, opportunities). */
  COUNT,
  /** An amount of money in major units of the result's currency, e.g. {@code 166.67}. */
  AMOUNT
}
