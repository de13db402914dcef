package dev.revops.metrics.campaign;

import static java.util.Objects.requireNonNull;

import dev.revops.metrics.result.MetricResult;

/**
 * What a campaign added over its holdout. Immutable and thread-safe.
 *
 * @param treatedConversionRate conversions / contacts of the treated group
 * @param holdoutConversionRate conversions / contacts of the holdout
 * @param incrementalConversionRate treated rate − holdout rate (the absolute lift)
 * @param relativeLift (treated rate − holdout rate) / holdout rate
 * @param incrementalConversions treated conversions − treated contacts × holdout rate
 * @param incrementalRevenue treated revenue − treated contacts × holdout revenue per contact
 */
public record Incrementality(
    MetricResult treatedConversionRate,
    MetricResult holdoutConversionRate,
    MetricResult incrementalConversionRate,
    MetricResult relativeLift,
    MetricResult incrementalConversions,
    MetricResult incrementalRevenue) {
  /** Checks every part is present. */
  public Incrementality {
    requireNonNull(treatedConversionRate, "treatedConversionRate");
    requireNonNull(holdoutConversionRate, "holdoutConversionRate");
    requireNonNull(incrementalConversionRate, "incrementalConversionRate");
    requireNonNull(relativeLift, "relativeLift");
    requireNonNull(incrementalConversions, "incrementalConversions");
    requireNonNull(incrementalRevenue, "incrementalRevenue");
  }
}
