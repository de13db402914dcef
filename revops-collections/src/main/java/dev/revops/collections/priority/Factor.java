package dev.revops.collections.priority;

import static java.util.Objects.requireNonNull;

/**
 * One feature's contribution to a prediction: its weight times its standardised value (log-odds).
 * Positive raises the probability of payment. Immutable.
 *
 * @param feature the feature's name
 * @param value the raw feature value
 * @param contribution its contribution to the log-odds
 */
public record Factor(String feature, double value, double contribution) {
  /** Checks the name. */
  public Factor {
    requireNonNull(feature, "feature");
  }
}
