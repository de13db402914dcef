package dev.revops.collections.priority;

import java.util.List;

/**
 * A predicted probability of payment with the factors behind it, largest effect first. Immutable.
 *
 * @param probability the probability of payment, 0 to 1
 * @param topFactors the features with the largest contributions, largest absolute effect first
 */
public record Propensity(double probability, List<Factor> topFactors) {
  /** Checks the probability and copies the factors. */
  public Propensity {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be within 0..1, got " + probability);
    }
    topFactors = List.copyOf(topFactors);
  }
}
