package dev.revops.sales.offer;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A model's probability that a customer accepts an offer, with the top factors behind it.
 * Immutable.
 *
 * @param probability in [0, 1]
 * @param basis how it was computed, in words (the model and what it learned from)
 * @param factors the strongest factors, by absolute weight, strongest first; may be empty
 */
public record Estimate(double probability, String basis, List<Factor> factors) {
  /** Checks the probability and copies the list. */
  public Estimate {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be within [0, 1], got " + probability);
    }
    requireNonNull(basis, "basis");
    factors = List.copyOf(factors);
  }
}
