package dev.revops.sales.experiment;

/**
 * The two usual normal-approximation formulas for the sample size per arm of a two-sided test of
 * two proportions, p1 the baseline and p2 = p1 + d. Both are chosen explicitly; neither is a hidden
 * default. Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link #EVAN_MILLER}: n = (z<sub>1-α/2</sub> √(2 p1 (1−p1)) + z<sub>1−β</sub> √(p1(1−p1) +
 *       p2(1−p2)))² / d². The variance under the null hypothesis is the baseline's; this is the
 *       formula of Evan Miller's sample size calculator
 *       (https://www.evanmiller.org/ab-testing/sample-size.html).
 *   <li>{@link #POOLED}: the same with p̄ = (p1 + p2)/2 under the null: n = (z<sub>1-α/2</sub> √(2
 *       p̄ (1−p̄)) + z<sub>1−β</sub> √(p1(1−p1) + p2(1−p2)))² / d². The textbook formula (Fleiss,
 *       Levin and Paik, "Statistical Methods for Rates and Proportions", 3rd ed., 2003, eq. 4.14
 *       without continuity correction), the value R's {@code power.prop.test} solves for.
 * </ul>
 */
public enum SampleSizeFormula {
  /** Null variance from the baseline rate (Evan Miller's calculator). */
  EVAN_MILLER,
  /** Null variance from the average of the two rates (Fleiss; R {@code power.prop.test}). */
  POOLED;

  /**
   * Returns the unrounded sample size per arm.
   *
   * @param p1 the baseline rate, in (0, 1)
   * @param p2 the rate to detect, in (0, 1) and not p1
   * @param zAlpha the two-sided critical value z<sub>1−α/2</sub>
   * @param zBeta the power's quantile z<sub>1−β</sub>
   * @return the exact value of the formula
   */
  double perArm(double p1, double p2, double zAlpha, double zBeta) {
    double d = p2 - p1;
    double nullRate = this == EVAN_MILLER ? p1 : (p1 + p2) / 2;
    double sdNull = Math.sqrt(2 * nullRate * (1 - nullRate));
    double sdAlt = Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
    double root = zAlpha * sdNull + zBeta * sdAlt;
    return root * root / (d * d);
  }
}
