package dev.revops.sales.experiment;

import static dev.revops.sales.experiment.ExperimentFixtures.arms;
import static dev.revops.sales.experiment.ExperimentFixtures.variantAndHoldout;
import static dev.revops.sales.experiment.ExperimentFixtures.withRates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The fixed-horizon rule: "not yet" before the sample size, a z-test with its interval after. */
class FixedHorizonTestTest {
  private static final FixedHorizonTest TEST =
      FixedHorizonTest.of(ExperimentFixtures.oneVariant(DecisionRule.FIXED_HORIZON, 10_000));

  private static Comparison look(long nv, long xv, long nh, long xh) {
    return TEST.evaluate(arms(nv, xv, nh, xh)).comparison("variant");
  }

  @Test
  void beforeTheHorizonTheAnswerIsNotYetEvenForAHugeDifference() {
    ExperimentResult r = TEST.evaluate(arms(1000, 900, 1000, 10));
    Comparison c = r.comparison("variant");
    assertThat(c.verdict()).isEqualTo(Verdict.NOT_YET);
    assertThat(c.lift()).isNull();
    assertThat(c.pValue()).isNull();
    assertThat(c.reasons())
        .containsExactly(
            "not yet: arm 'variant' has 1000 of the 1031 contacts each arm needs",
            "not yet: arm 'holdout' has 1000 of the 1031 contacts each arm needs");
    assertThat(r.ruleStated())
        .startsWith("fixed horizon: two-sided pooled two-proportion z-test")
        .contains("read once each arm has 1031 contacts")
        .endsWith("before that: not yet");
  }

  /**
   * At the horizon, 250/1031 against 200/1031. Reference values computed with Python's {@code
   * statistics.NormalDist}: pooled z = 2.66579, p = 0.0076808; Wald 95 % interval of the difference
   * [0.012902, 0.084091]; Katz interval of the relative lift [0.060201, 0.473777] around 0.25.
   */
  @Test
  void atTheHorizonAZTestDecidesWithTheLiftAndItsInterval() {
    Comparison c = look(1031, 250, 1031, 200);
    assertThat(c.verdict()).isEqualTo(Verdict.VARIANT_BETTER);
    assertThat(c.pValue()).isCloseTo(0.007680818096710285, within(1e-12));
    Interval abs = c.lift().absolute();
    assertThat(abs.estimate()).isCloseTo(0.04849660523763338, within(1e-15));
    assertThat(abs.lower()).isCloseTo(0.012901997796563043, within(1e-12));
    assertThat(abs.upper()).isCloseTo(0.08409121267870373, within(1e-12));
    assertThat(abs.confidence()).isCloseTo(0.95, within(1e-15));
    Interval rel = c.lift().relative();
    assertThat(rel.estimate()).isCloseTo(0.25, within(1e-12));
    assertThat(rel.lower()).isCloseTo(0.060200810106565195, within(1e-12));
    assertThat(rel.upper()).isCloseTo(0.47377740622830355, within(1e-12));
    assertThat(c.reasons())
        .containsExactly("horizon reached: z = 2.666, p = 0.007681 <= alpha 0.05000");
  }

  @Test
  void atTheHorizonNoDifferenceAndAWorseVariantAreReportedAsSuch() {
    Comparison same = look(1100, 215, 1031, 206);
    assertThat(same.verdict()).isEqualTo(Verdict.NO_SIGNIFICANT_DIFFERENCE);
    assertThat(same.lift().absolute().contains(0)).isTrue();
    Comparison worse = look(1031, 150, 1031, 220);
    assertThat(worse.verdict()).isEqualTo(Verdict.HOLDOUT_BETTER);
    assertThat(worse.lift().absolute().upper()).isNegative();
  }

  @Test
  void aHoldoutWithoutConversionsHasNoRelativeLift() {
    Comparison c = look(1031, 5, 1031, 0);
    assertThat(c.lift().relative()).isNull();
    assertThat(c.lift().relativeUndefined()).contains("holdout has no conversion");
  }

  @Test
  void refusesCountsOfAnUnknownArmAndAnotherRule() {
    assertThatThrownBy(() -> TEST.evaluate(List.of(new ArmCounts("offer-z", 1, 0))))
        .hasMessageContaining("no arm named 'offer-z'");
    assertThatThrownBy(
            () ->
                FixedHorizonTest.of(
                    ExperimentFixtures.oneVariant(DecisionRule.SEQUENTIAL_MSPRT, 10_000)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Whatever the counts, no winner (no verdict at all) before every arm has its sample size. */
  @Property(tries = 1000)
  void neverAWinnerBeforeTheSampleSize(@ForAll("beforeTheHorizon") List<ArmCounts> counts) {
    Comparison c = TEST.evaluate(counts).comparison("variant");
    assertThat(c.verdict()).isEqualTo(Verdict.NOT_YET);
    assertThat(c.lift()).isNull();
  }

  /** The same property fails for a mutated rule that runs the z-test before the horizon. */
  @Test
  void theNoEarlyWinnerPropertyFindsACounterexampleForAMutatedRule() {
    boolean found =
        beforeTheHorizon()
            .sampleStream()
            .limit(10_000)
            .anyMatch(
                counts -> {
                  ArmCounts v = counts.get(0);
                  ArmCounts h = counts.get(1);
                  // the mutant: no horizon, the z-test whenever both arms have a contact
                  return v.contacts() > 0
                      && h.contacts() > 0
                      && TwoProportionZTest.of(v, h, 0.05).isSignificant();
                });
    assertThat(found).isTrue();
  }

  @Provide
  Arbitrary<List<ArmCounts>> beforeTheHorizon() {
    Arbitrary<Integer> below = Arbitraries.integers().between(0, 1030);
    Arbitrary<Integer> any = Arbitraries.integers().between(0, 5000);
    Arbitrary<Integer> perMille = Arbitraries.integers().between(0, 1000);
    return Combinators.combine(below, any, perMille, perMille, Arbitraries.of(true, false))
        .as(
            (early, other, pv, ph, swap) -> {
              int v = swap ? other : early;
              int h = swap ? early : other;
              return withRates(v, pv, h, ph);
            });
  }

  @Provide
  Arbitrary<List<ArmCounts>> atTheHorizon() {
    return variantAndHoldout(1031, 3000);
  }

  /** At the horizon the verdict follows the p-value, and a winner's interval excludes zero. */
  @Property(tries = 1000)
  void atTheHorizonTheVerdictFollowsThePValue(@ForAll("atTheHorizon") List<ArmCounts> counts) {
    Comparison c = TEST.evaluate(counts).comparison("variant");
    assertThat(c.verdict()).isNotEqualTo(Verdict.NOT_YET);
    assertThat(c.verdict().isWinner()).isEqualTo(c.pValue() <= 0.05);
    assertThat(c.lift().absolute().contains(c.lift().absolute().estimate())).isTrue();
    if (c.verdict() == Verdict.VARIANT_BETTER) {
      assertThat(c.lift().absolute().estimate()).isPositive();
    }
    if (c.verdict() == Verdict.HOLDOUT_BETTER) {
      assertThat(c.lift().absolute().estimate()).isNegative();
    }
  }
}
