package dev.revops.sales.experiment;

/**
 * How a minimum detectable effect is stated. Immutable and thread-safe.
 *
 * <p>With a baseline rate of 20 %, an {@link #ABSOLUTE} effect of {@code 0.05} means 20 % to 25 %
 * (five percentage points); a {@link #RELATIVE} effect of {@code 0.05} means 20 % to 21 %.
 */
public enum EffectKind {
  /** The effect is a difference of rates: target = baseline + effect. */
  ABSOLUTE,
  /** The effect is a fraction of the baseline: target = baseline × (1 + effect). */
  RELATIVE;

  /**
   * Returns the absolute difference of rates this effect stands for.
   *
   * @param baseline the baseline rate
   * @param effect the effect as stated
   * @return the difference in rates
   */
  public double absolute(double baseline, double effect) {
    return this == ABSOLUTE ? effect : baseline * effect;
  }
}
