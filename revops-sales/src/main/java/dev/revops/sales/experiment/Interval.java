package dev.revops.sales.experiment;

/**
 * An estimate with its confidence interval. Immutable and thread-safe.
 *
 * @param estimate the point estimate
 * @param lower the lower bound
 * @param upper the upper bound
 * @param confidence the confidence level, e.g. 0.95
 */
public record Interval(double estimate, double lower, double upper, double confidence) {
  /** Checks the bounds are ordered and finite. */
  public Interval {
    if (!(Double.isFinite(estimate) && Double.isFinite(lower) && Double.isFinite(upper))) {
      throw new IllegalArgumentException("an interval must be finite");
    }
    if (lower > upper) {
      throw new IllegalArgumentException("lower " + lower + " is above upper " + upper);
    }
  }

  /**
   * Tells whether the interval contains a value.
   *
   * @param value the value
   * @return true when lower &lt;= value &lt;= upper
   */
  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }
}
