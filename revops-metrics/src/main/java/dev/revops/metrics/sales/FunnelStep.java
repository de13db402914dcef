package dev.revops.metrics.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.metrics.result.MetricResult;

/**
 * One step of a funnel: how many leads reached a stage, how many of them reached the next, the
 * conversion and the drop-off. Immutable and thread-safe; null is never accepted.
 *
 * @param from the stage
 * @param to the next stage
 * @param reachedFrom leads that reached {@code from} (or went further)
 * @param reachedTo leads that reached {@code to} (or went further)
 * @param conversion reachedTo / reachedFrom
 * @param dropOff 1 − conversion
 */
public record FunnelStep(
    String from,
    String to,
    long reachedFrom,
    long reachedTo,
    MetricResult conversion,
    MetricResult dropOff) {
  /** Checks the fields. */
  public FunnelStep {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(conversion, "conversion");
    requireNonNull(dropOff, "dropOff");
  }
}
