package dev.revops.sales.experiment;

import static dev.revops.sales.experiment.ExperimentFixtures.arms;
import static dev.revops.sales.experiment.ExperimentFixtures.variantAndHoldout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The mSPRT rule: its statistic on worked numbers, "not yet" reasons, and decisions that stay. */
class SequentialTestTest {
  private static final SequentialTest TEST =
      SequentialTest.of(ExperimentFixtures.oneVariant(DecisionRule.SEQUENTIAL_MSPRT, 100_000));

  private static Comparison look(long nv, long xv, long nh, long xh) {
    return TEST.evaluate(arms(nv, xv, nh, xh)).comparison("variant");
  }

  /**
   * 2,000 contacts per arm, 500 (25 %) against 400 (20 %) conversions, τ = 0.05, alpha 0.05. By
   * hand: v = 0.25·0.75/2000 + 0.2·0.8/2000 = 1.7375e-4; θ̂ = 0.05; ln Λ = ½ ln(v/(v + τ²)) + θ̂²
   * τ² / (2 v (v + τ²)) = −1.36681 + 6.72674 = 5.35993; p = 1/Λ = 0.0047013. The always-valid
   * interval's half-width √(2 v (v + τ²)/τ² · (ln 20 + ½ ln((v + τ²)/v))) = 0.0402659.
   */
  @Test
  void workedExample() {
    Comparison c = look(2000, 500, 2000, 400);
    assertThat(c.pValue()).isCloseTo(0.0047013, within(5e-7));
    assertThat(c.verdict()).isEqualTo(Verdict.VARIANT_BETTER);
    Interval abs = c.lift().absolute();
    assertThat(abs.estimate()).isCloseTo(0.05, within(1e-12));
    assertThat(abs.upper() - abs.estimate()).isCloseTo(0.0402659, within(5e-7));
    assertThat(abs.confidence()).isCloseTo(0.95, within(1e-12));
    assertThat(c.lift().relative().estimate()).isCloseTo(0.25, within(1e-12));
    assertThat(c.reasons()).containsExactly("always-valid p = 0.004701 <= alpha 0.05000");
  }

  /**
   * Early and small (24 % against 20 % on 500 each): not yet, but the lift is shown with its
   * interval.
   */
  @Test
  void smallDifferencesAreNotYetButWithALiftAndItsWideInterval() {
    Comparison c = look(500, 120, 500, 100);
    assertThat(c.verdict()).isEqualTo(Verdict.NOT_YET);
    assertThat(c.lift().absolute().contains(0)).isTrue();
    assertThat(c.reasons().get(0)).startsWith("not yet: always-valid p = ");
  }

  @Test
  void tooFewContactsOrNoVarianceIsNotYetWithTheReason() {
    assertThat(look(99, 90, 500, 10).reasons())
        .containsExactly(
            "not yet: arm 'variant' has 99 of the 100 contacts the normal approximation needs");
    assertThat(look(200, 0, 200, 0).reasons())
        .containsExactly(
            "not yet: no variance (every contact of both arms converted, or none did)");
    assertThat(look(200, 0, 200, 0).lift()).isNull();
  }

  @Test
  void aDecisionStaysAndThePValueIsARunningMinimum() {
    ExperimentResult first = TEST.evaluate(arms(2000, 500, 2000, 400));
    ExperimentResult later = TEST.evaluate(arms(4000, 820, 4000, 800), first);
    assertThat(later.comparison("variant")).isEqualTo(first.comparison("variant"));
    ExperimentResult undecided = TEST.evaluate(arms(500, 110, 500, 100));
    ExperimentResult next = TEST.evaluate(arms(1000, 200, 1000, 200), undecided);
    assertThat(next.comparison("variant").pValue())
        .isLessThanOrEqualTo(undecided.comparison("variant").pValue());
  }

  @Test
  void anExhaustedAudienceEndsWithoutADifference() {
    SequentialTest small =
        SequentialTest.of(ExperimentFixtures.oneVariant(DecisionRule.SEQUENTIAL_MSPRT, 1000));
    Comparison c = small.evaluate(arms(500, 100, 500, 101)).comparison("variant");
    assertThat(c.verdict()).isEqualTo(Verdict.NO_SIGNIFICANT_DIFFERENCE);
    assertThat(c.reasons().get(0)).startsWith("the audience is exhausted");
  }

  @Test
  void theRuleIsStated() {
    assertThat(TEST.ruleStated())
        .isEqualTo(
            "sequential mSPRT (Johari et al. 2017), normal mixture tau = 0.05000: stop at the first"
                + " look where the always-valid p-value <= alpha 0.05000; valid under continuous"
                + " monitoring");
    assertThat(
            SequentialTest.of(
                    ExperimentFixtures.variants(DecisionRule.SEQUENTIAL_MSPRT, 100_000, 2))
                .ruleStated())
        .contains("alpha 0.02500 (family-wise 0.05 / 2)");
  }

  @Provide
  Arbitrary<List<ArmCounts>> enoughContacts() {
    return variantAndHoldout(100, 20_000);
  }

  /** A winner's always-valid interval never contains zero, and the p-value stays in [0, 1]. */
  @Property(tries = 1000)
  void aWinnersIntervalExcludesZero(@ForAll("enoughContacts") List<ArmCounts> counts) {
    Comparison c = TEST.evaluate(counts).comparison("variant");
    if (c.pValue() != null) {
      assertThat(c.pValue()).isBetween(0.0, 1.0);
    }
    if (c.verdict().isWinner()) {
      assertThat(c.lift().absolute().contains(0)).isFalse();
    }
  }
}
