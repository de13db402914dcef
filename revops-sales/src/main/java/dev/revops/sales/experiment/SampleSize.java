package dev.revops.sales.experiment;

import static java.util.Objects.requireNonNull;

/**
 * The sample size a fixed-horizon test of two proportions needs per arm, and the inputs it came
 * from. Immutable and thread-safe.
 *
 * <p>Worked example (checked by {@code SampleSizeTest}): baseline 20 %, minimum detectable effect 5
 * percentage points ({@link EffectKind#ABSOLUTE}, so 20 % to 25 %), alpha 0.05 two-sided, power
 * 0.80. {@link SampleSizeFormula#EVAN_MILLER} gives 1030.22, which Evan Miller's calculator shows
 * rounded as 1,030 per variation; we round up, so {@link #perArm()} is 1,031. {@link
 * SampleSizeFormula#POOLED} gives 1093.74 ({@code power.prop.test(p1 = 0.20, p2 = 0.25, power =
 * 0.80)} in R prints n = 1093.739), so 1,094.
 *
 * @param baselineRate the baseline conversion rate
 * @param targetRate the rate the test must be able to tell from the baseline
 * @param alpha the two-sided significance level the size was computed for
 * @param power the power
 * @param formula the formula used
 * @param exact the formula's unrounded value
 * @param perArm the contacts each arm needs: {@code exact} rounded up
 */
public record SampleSize(
    double baselineRate,
    double targetRate,
    double alpha,
    double power,
    SampleSizeFormula formula,
    double exact,
    long perArm) {

  /** Checks the parts. */
  public SampleSize {
    requireNonNull(formula, "formula");
    if (perArm < 1) {
      throw new IllegalArgumentException("perArm must be at least 1, got " + perArm);
    }
  }

  /**
   * Computes the sample size per arm.
   *
   * @param baselineRate the baseline conversion rate, in (0, 1)
   * @param effect the minimum detectable effect, above zero
   * @param kind whether {@code effect} is absolute or relative
   * @param alpha the two-sided significance level, in (0, 0.5]
   * @param power the power, in [0.5, 1)
   * @param formula which formula
   * @return the size
   * @throws IllegalArgumentException naming the argument when one is out of range or the target
   *     rate is not below 1
   */
  public static SampleSize of(
      double baselineRate,
      double effect,
      EffectKind kind,
      double alpha,
      double power,
      SampleSizeFormula formula) {
    requireNonNull(kind, "kind");
    requireNonNull(formula, "formula");
    if (!(baselineRate > 0 && baselineRate < 1)) {
      throw new IllegalArgumentException("baselineRate must be in (0, 1), got " + baselineRate);
    }
    if (!(effect > 0 && Double.isFinite(effect))) {
      throw new IllegalArgumentException("effect must be above zero, got " + effect);
    }
    if (!(alpha > 0 && alpha <= 0.5)) {
      throw new IllegalArgumentException("alpha must be in (0, 0.5], got " + alpha);
    }
    if (!(power >= 0.5 && power < 1)) {
      throw new IllegalArgumentException("power must be in [0.5, 1), got " + power);
    }
    double target = baselineRate + kind.absolute(baselineRate, effect);
    if (!(target < 1)) {
      throw new IllegalArgumentException(
          "the target rate baseline + effect must be below 1, got " + target);
    }
    double exact =
        formula.perArm(
            baselineRate, target, Normal.quantile(1 - alpha / 2), Normal.quantile(power));
    if (!(exact < 1e15)) {
      throw new IllegalArgumentException("the effect is too small to plan for: n = " + exact);
    }
    // a hair of tolerance so that an exact integer is not pushed up by floating-point noise
    long perArm = Math.max(1, (long) Math.ceil(exact - 1e-9));
    return new SampleSize(baselineRate, target, alpha, power, formula, exact, perArm);
  }
}
