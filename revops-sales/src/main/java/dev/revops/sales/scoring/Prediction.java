package dev.revops.sales.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A predicted probability of winning with its explanation. Immutable.
 *
 * @param percent the probability in percent, two places, within [0.01, 99.99]
 * @param raw the unrounded, clamped probability as a fraction, for comparisons
 * @param top the values that speak most for winning, strongest first
 * @param bottom the values that speak most against winning, strongest first
 */
public record Prediction(
    BigDecimal percent, double raw, List<Contribution> top, List<Contribution> bottom) {
  /** Copies the lists. */
  public Prediction {
    top = List.copyOf(top);
    bottom = List.copyOf(bottom);
  }

  /**
   * How much one field value speaks for winning: P(v|won) / (P(v|won) + P(v|lost)), in (0, 1);
   * above one half speaks for winning.
   *
   * @param field the field
   * @param value the value
   * @param score the contribution
   */
  public record Contribution(String field, String value, double score) {}
}
