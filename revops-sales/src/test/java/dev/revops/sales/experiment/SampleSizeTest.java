package dev.revops.sales.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/** Sample sizes per arm, checked against published calculators. */
class SampleSizeTest {

  /**
   * Evan Miller's sample size calculator (https://www.evanmiller.org/ab-testing/sample-size.html)
   * with its default inputs: baseline conversion rate 20 %, minimum detectable effect 5 % absolute,
   * statistical power 80 %, significance level 5 % (two-sided), shows "1,030" per variation: its
   * formula rounds 1030.22 to the nearest whole contact. We round up.
   */
  @Test
  void evanMillerDefaultInputsGive1030PerVariation() {
    SampleSize size = evanMiller(0.20, 0.05, EffectKind.ABSOLUTE);
    assertThat(size.targetRate()).isCloseTo(0.25, within(1e-15));
    assertThat(size.exact()).isCloseTo(1030.2192831104594, within(1e-9));
    assertThat(Math.round(size.exact())).isEqualTo(1030); // the calculator's display
    assertThat(size.perArm()).isEqualTo(1031);
  }

  /**
   * R, {@code power.prop.test(p1 = 0.20, p2 = 0.25, power = 0.80)} (sig.level 0.05, two-sided)
   * prints "n = 1093.739"; the pooled textbook formula (Fleiss, Levin and Paik 2003, without
   * continuity correction) is what it solves.
   */
  @Test
  void pooledFormulaMatchesRPowerPropTest() {
    SampleSize size = pooledAbsolute(0.20, 0.05, 0.05, 0.80);
    assertThat(size.exact()).isCloseTo(1093.739, within(5e-4));
    assertThat(size.perArm()).isEqualTo(1094);
  }

  @Test
  void aRelativeEffectIsAFractionOfTheBaseline() {
    // 10 % relative on a 10 % baseline: 10 % to 11 %, n = 14312.86 (Evan Miller's formula)
    SampleSize size = evanMiller(0.10, 0.10, EffectKind.RELATIVE);
    assertThat(size.targetRate()).isCloseTo(0.11, within(1e-15));
    assertThat(size.exact()).isCloseTo(14312.856241916566, within(1e-6));
    assertThat(size.perArm()).isEqualTo(14313);
  }

  @Test
  void refusesInputsOutsideTheirRange() {
    assertThatThrownBy(
            () ->
                SampleSize.of(
                    0.9, 0.2, EffectKind.ABSOLUTE, 0.05, 0.8, SampleSizeFormula.EVAN_MILLER))
        .hasMessageContaining("below 1");
    assertThatThrownBy(() -> pooledAbsolute(0, 0.2, 0.05, 0.8))
        .hasMessageContaining("baselineRate");
    assertThatThrownBy(() -> pooledAbsolute(0.2, 0.1, 0.05, 0.3)).hasMessageContaining("power");
  }

  @Property(tries = 1000)
  void aSmallerEffectOrAlphaOrMorePowerNeverNeedsFewerContacts(
      @ForAll @DoubleRange(min = 0.01, max = 0.6) @Scale(4) double baseline,
      @ForAll @DoubleRange(min = 0.005, max = 0.3) @Scale(4) double effect,
      @ForAll @DoubleRange(min = 0.001, max = 0.2) @Scale(4) double alpha,
      @ForAll @DoubleRange(min = 0.5, max = 0.99) double power) {
    SampleSize base = pooledAbsolute(baseline, effect, alpha, power);
    SampleSize smallerEffect = pooledAbsolute(baseline, effect * 0.9, alpha, power);
    SampleSize smallerAlpha = pooledAbsolute(baseline, effect, alpha / 2, power);
    assertThat(smallerEffect.perArm()).isGreaterThanOrEqualTo(base.perArm());
    assertThat(smallerAlpha.perArm()).isGreaterThanOrEqualTo(base.perArm());
    assertThat(base.perArm()).isGreaterThanOrEqualTo((long) Math.floor(base.exact()));
    assertThat(base.perArm() - base.exact()).isLessThan(1.0);
  }

  /** Evan Miller's sample size at the calculator's defaults: alpha 0.05, power 0.80. */
  private static SampleSize evanMiller(double baseline, double effect, EffectKind kind) {
    return SampleSize.of(baseline, effect, kind, 0.05, 0.80, SampleSizeFormula.EVAN_MILLER);
  }

  /** The pooled formula's sample size for an absolute effect. */
  private static SampleSize pooledAbsolute(
      double baseline, double effect, double alpha, double power) {
    return SampleSize.of(
        baseline, effect, EffectKind.ABSOLUTE, alpha, power, SampleSizeFormula.POOLED);
  }
}
