package dev.revops.metrics.offer;

import static java.util.Objects.requireNonNull;

import dev.revops.metrics.result.MetricResult;
import java.util.List;

/**
 * The offer KPIs of a set of presented offers. Immutable.
 *
 * @param acceptanceRate accepted / answered
 * @param expectedValue the sum of P(accept) x margin over the answered offers
 * @param realisedValue the sum of the margins of the fulfilled offers
 * @param realisedMinusExpected realised - expected: what the model over- (negative) or
 *     under-estimated (positive)
 * @param realisationRatio realised / expected
 */
public record OfferKpis(
    MetricResult acceptanceRate,
    MetricResult expectedValue,
    MetricResult realisedValue,
    MetricResult realisedMinusExpected,
    MetricResult realisationRatio) {
  /** Checks the parts. */
  public OfferKpis {
    requireNonNull(acceptanceRate, "acceptanceRate");
    requireNonNull(expectedValue, "expectedValue");
    requireNonNull(realisedValue, "realisedValue");
    requireNonNull(realisedMinusExpected, "realisedMinusExpected");
    requireNonNull(realisationRatio, "realisationRatio");
  }

  /**
   * Returns the results in the order of the components.
   *
   * @return the five results
   */
  public List<MetricResult> all() {
    return List.of(
        acceptanceRate, expectedValue, realisedValue, realisedMinusExpected, realisationRatio);
  }
}
