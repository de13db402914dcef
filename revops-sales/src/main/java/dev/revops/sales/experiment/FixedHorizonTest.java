package dev.revops.sales.experiment;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A fixed-horizon A/B test: each arm needs the sample size computed in advance ({@link
 * ExperimentDefinition#sampleSize()}); until every arm of a comparison has it, the verdict is
 * {@link Verdict#NOT_YET} with the counts still missing as reasons, and no lift is shown (an early
 * estimate is exactly the peek that must not be read). At the horizon, a {@link TwoProportionZTest}
 * at the per-comparison alpha (alpha / number of variants, Bonferroni) decides. Read it once, at
 * the horizon: reading it again as more contacts arrive is peeking too. Immutable and thread-safe.
 */
public final class FixedHorizonTest {
  private final ExperimentDefinition experiment;
  private final SampleSize sampleSize;

  private FixedHorizonTest(ExperimentDefinition experiment) {
    this.experiment = experiment;
    this.sampleSize = experiment.sampleSize();
  }

  /**
   * Makes the test of an experiment.
   *
   * @param experiment a {@link DecisionRule#FIXED_HORIZON} experiment
   * @return the test
   * @throws IllegalArgumentException for another rule
   */
  public static FixedHorizonTest of(ExperimentDefinition experiment) {
    return new FixedHorizonTest(Arms.requireRule(experiment, DecisionRule.FIXED_HORIZON));
  }

  /**
   * Returns the sample size each arm needs.
   *
   * @return the sample size
   */
  public SampleSize sampleSize() {
    return sampleSize;
  }

  /**
   * Returns the rule in words.
   *
   * @return e.g. "fixed horizon: two-sided pooled two-proportion z-test at alpha 0.05, read once
   *     each arm has 1031 contacts ..."
   */
  public String ruleStated() {
    int k = experiment.comparisons();
    return "fixed horizon: two-sided pooled two-proportion z-test of each variant against the"
        + " holdout at alpha "
        + Arms.format(experiment.comparisonAlpha())
        + (k > 1
            ? " (family-wise " + experiment.design().alpha().toPlainString() + " / " + k + ")"
            : "")
        + ", read once each arm has "
        + sampleSize.perArm()
        + " contacts ("
        + sampleSize.formula()
        + " sample size: baseline "
        + Arms.format(sampleSize.baselineRate())
        + " to "
        + Arms.format(sampleSize.targetRate())
        + ", power "
        + Arms.format(sampleSize.power())
        + "); before that: not yet";
  }

  /**
   * Evaluates the experiment on the counts so far.
   *
   * @param counts the counts of some or all arms (an arm not given has none)
   * @return the result: one comparison per variant
   * @throws IllegalArgumentException for counts of an unknown arm or an arm given twice
   */
  public ExperimentResult evaluate(Collection<ArmCounts> counts) {
    requireNonNull(counts, "counts");
    Map<String, ArmCounts> byArm = Arms.index(experiment, counts);
    ArmCounts holdout = byArm.get(TrafficSplit.HOLDOUT);
    List<Comparison> comparisons = new ArrayList<>();
    for (Variant v : experiment.split().variants()) {
      comparisons.add(compare(byArm.get(v.name()), holdout));
    }
    return new ExperimentResult(
        experiment.id(), DecisionRule.FIXED_HORIZON, ruleStated(), comparisons);
  }

  private Comparison compare(ArmCounts variant, ArmCounts holdout) {
    List<String> missing = new ArrayList<>();
    for (ArmCounts arm : List.of(variant, holdout)) {
      if (arm.contacts() < sampleSize.perArm()) {
        missing.add(
            "not yet: arm '"
                + arm.arm()
                + "' has "
                + arm.contacts()
                + " of the "
                + sampleSize.perArm()
                + " contacts each arm needs");
      }
    }
    if (!missing.isEmpty()) {
      return new Comparison(variant, holdout, Verdict.NOT_YET, null, null, missing);
    }
    TwoProportionZTest test = TwoProportionZTest.of(variant, holdout, experiment.comparisonAlpha());
    Verdict verdict;
    if (!test.isSignificant()) {
      verdict = Verdict.NO_SIGNIFICANT_DIFFERENCE;
    } else {
      verdict = test.z() > 0 ? Verdict.VARIANT_BETTER : Verdict.HOLDOUT_BETTER;
    }
    String reason =
        "horizon reached: z = "
            + Arms.format(test.z())
            + ", p = "
            + Arms.format(test.pValue())
            + (test.isSignificant() ? " <= " : " > ")
            + "alpha "
            + Arms.format(test.alpha());
    return new Comparison(variant, holdout, verdict, test.lift(), test.pValue(), List.of(reason));
  }
}
