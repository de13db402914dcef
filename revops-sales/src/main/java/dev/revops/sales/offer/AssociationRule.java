package dev.revops.sales.offer;

import static java.util.Objects.requireNonNull;

/**
 * An association rule {@code A -> B} over baskets (what each customer holds), with the counts it is
 * computed from:
 *
 * <pre>
 * support    = P(A and B) = both / baskets
 * confidence = P(B | A)   = both / count(A)
 * lift       = confidence / P(B) = both x baskets / (count(A) x count(B))
 * </pre>
 *
 * A rule exists only when {@code A} and {@code B} each occur at least once, so every measure is
 * defined. Immutable.
 *
 * @param antecedent A
 * @param consequent B
 * @param both the baskets holding A and B
 * @param antecedentCount the baskets holding A, at least 1
 * @param consequentCount the baskets holding B, at least 1
 * @param baskets all baskets
 */
public record AssociationRule(
    String antecedent,
    String consequent,
    long both,
    long antecedentCount,
    long consequentCount,
    long baskets) {
  /** Checks the counts are consistent. */
  public AssociationRule {
    requireNonNull(antecedent, "antecedent");
    requireNonNull(consequent, "consequent");
    if (antecedentCount < 1 || consequentCount < 1 || both < 0) {
      throw new IllegalArgumentException("a rule needs A and B to occur at least once");
    }
    if (both > Math.min(antecedentCount, consequentCount)
        || Math.max(antecedentCount, consequentCount) > baskets) {
      throw new IllegalArgumentException(
          "inconsistent counts: both "
              + both
              + ", A "
              + antecedentCount
              + ", B "
              + consequentCount
              + ", baskets "
              + baskets);
    }
  }

  /**
   * Returns P(A and B).
   *
   * @return the support
   */
  public double support() {
    return both / (double) baskets;
  }

  /**
   * Returns P(B | A).
   *
   * @return the confidence
   */
  public double confidence() {
    return both / (double) antecedentCount;
  }

  /**
   * Returns P(B | A) / P(B): above 1, holding A makes B more likely than it is on average.
   *
   * @return the lift
   */
  public double lift() {
    return (both * (double) baskets) / (antecedentCount * (double) consequentCount);
  }
}
