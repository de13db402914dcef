package dev.revops.sales.experiment;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * How an experiment decides and what it must be able to detect. Immutable and thread-safe; checked
 * by {@link ExperimentDefinition}.
 *
 * @param rule the decision rule
 * @param baselineRate the expected conversion rate of the holdout, in (0, 1)
 * @param minimumDetectableEffect the smallest effect worth detecting, at least 0.0001 (a basis
 *     point) in absolute terms; for {@link DecisionRule#SEQUENTIAL_MSPRT} its absolute size is also
 *     the standard deviation τ of the mixture
 * @param effect whether the effect is absolute (percentage points) or relative to the baseline
 * @param alpha the family-wise two-sided significance level, in (0, 0.5]; split over the variants
 *     by Bonferroni (alpha / number of variants per comparison)
 * @param power the power, in [0.5, 1); required for {@link DecisionRule#FIXED_HORIZON}, ignored
 *     (may be null) otherwise
 * @param sampleSizeFormula the sample size formula; null means {@link
 *     SampleSizeFormula#EVAN_MILLER}
 */
public record Design(
    @NotNull DecisionRule rule,
    @NotNull BigDecimal baselineRate,
    @NotNull BigDecimal minimumDetectableEffect,
    @NotNull EffectKind effect,
    @NotNull BigDecimal alpha,
    BigDecimal power,
    SampleSizeFormula sampleSizeFormula) {

  /** Replaces a missing formula with {@link SampleSizeFormula#EVAN_MILLER}. */
  public Design {
    sampleSizeFormula =
        sampleSizeFormula == null ? SampleSizeFormula.EVAN_MILLER : sampleSizeFormula;
  }

  /**
   * Returns the absolute difference of rates the minimum detectable effect stands for.
   *
   * @return the absolute effect
   */
  public double absoluteEffect() {
    return effect.absolute(baselineRate.doubleValue(), minimumDetectableEffect.doubleValue());
  }
}
