package dev.revops.sales.experiment;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A sequential A/B test that stays valid however often it is read: the mixture sequential
 * probability ratio test (mSPRT) of Johari, Koomen, Pekelis and Walsh, "Peeking at A/B Tests: Why
 * it matters, and what to do about it", KDD 2017 (the method behind Optimizely's Stats Engine), on
 * the normal approximation of the difference of two conversion rates. Immutable and thread-safe.
 *
 * <p>At each look, with θ̂ = p̂<sub>v</sub> − p̂<sub>h</sub> and its variance v = p̂<sub>v</sub>(1
 * − p̂<sub>v</sub>)/n<sub>v</sub> + p̂<sub>h</sub>(1 − p̂<sub>h</sub>)/n<sub>h</sub>, and a normal
 * mixture N(0, τ²) over the true difference (τ = the design's absolute minimum detectable effect),
 * the mixture likelihood ratio against "no difference" is
 *
 * <pre>Λ = √(v / (v + τ²)) · exp(θ̂² τ² / (2 v (v + τ²)))</pre>
 *
 * (with v = V/n this is the paper's eq. for the two-stream normal case). The always-valid p-value
 * is the running minimum of 1/Λ over the looks; the rule stops with a winner the first time it is
 * at or below the per-comparison alpha (alpha / number of variants, Bonferroni). Because 1/Λ is a
 * non-negative supermartingale under the null, P(ever ≤ α) ≤ α: reading every day, or after every
 * contact, does not inflate the false-positive rate ({@code AaSimulationTest} checks it). The
 * interval given is the always-valid confidence interval, every θ<sub>0</sub> with Λ(θ<sub>0</sub>)
 * &lt; 1/α: θ̂ ± √(2 v (v + τ²) / τ² · (ln(1/α) + ½ ln((v + τ²)/v))); the relative interval is the
 * absolute one divided by the holdout's observed rate (treating it as known, an approximation).
 *
 * <p>Each arm needs at least {@value #MINIMUM_PER_ARM} contacts and some variance (a conversion and
 * a non-conversion) before the normal approximation is used; until then the verdict is not yet.
 * When the contacts of all arms together reach the audience size without a decision, the verdict is
 * no significant difference.
 */
public final class SequentialTest {
  /** The fewest contacts an arm needs before the normal approximation is trusted. */
  public static final int MINIMUM_PER_ARM = 100;

  private final ExperimentDefinition experiment;
  private final double tau2;

  private SequentialTest(ExperimentDefinition experiment) {
    this.experiment = experiment;
    double tau = experiment.design().absoluteEffect();
    this.tau2 = tau * tau;
  }

  /**
   * Makes the test of an experiment.
   *
   * @param experiment a {@link DecisionRule#SEQUENTIAL_MSPRT} experiment
   * @return the test
   * @throws IllegalArgumentException for another rule
   */
  public static SequentialTest of(ExperimentDefinition experiment) {
    return new SequentialTest(Arms.requireRule(experiment, DecisionRule.SEQUENTIAL_MSPRT));
  }

  /**
   * Returns the rule in words.
   *
   * @return the rule with its alpha and mixture
   */
  public String ruleStated() {
    int k = experiment.comparisons();
    return "sequential mSPRT (Johari et al. 2017), normal mixture tau = "
        + Arms.format(Math.sqrt(tau2))
        + ": stop at the first look where the always-valid p-value <= alpha "
        + Arms.format(experiment.comparisonAlpha())
        + (k > 1
            ? " (family-wise " + experiment.design().alpha().toPlainString() + " / " + k + ")"
            : "")
        + "; valid under continuous monitoring";
  }

  /**
   * Evaluates a first look.
   *
   * @param counts the counts so far (an arm not given has none)
   * @return the result
   */
  public ExperimentResult evaluate(Collection<ArmCounts> counts) {
    return evaluate(counts, null);
  }

  /**
   * Evaluates a look, carrying the always-valid p-value (a running minimum) and any decision of the
   * previous look: a decided comparison stays decided.
   *
   * @param counts the cumulative counts so far
   * @param previous the result of the previous look of the same experiment, or null for the first
   * @return the result
   */
  public ExperimentResult evaluate(Collection<ArmCounts> counts, ExperimentResult previous) {
    requireNonNull(counts, "counts");
    if (previous != null && !previous.experimentId().equals(experiment.id())) {
      throw new IllegalArgumentException("previous is a result of " + previous.experimentId());
    }
    Map<String, ArmCounts> byArm = Arms.index(experiment, counts);
    ArmCounts holdout = byArm.get(TrafficSplit.HOLDOUT);
    long total = byArm.values().stream().mapToLong(ArmCounts::contacts).sum();
    boolean exhausted = total >= experiment.audienceSize();
    List<Comparison> comparisons = new ArrayList<>();
    for (Variant v : experiment.split().variants()) {
      Comparison before = previous == null ? null : previous.comparison(v.name());
      if (before != null && before.verdict().isWinner()) {
        comparisons.add(before);
      } else {
        comparisons.add(
            compare(
                byArm.get(v.name()), holdout, before == null ? null : before.pValue(), exhausted));
      }
    }
    return new ExperimentResult(
        experiment.id(), DecisionRule.SEQUENTIAL_MSPRT, ruleStated(), comparisons);
  }

  private Comparison compare(
      ArmCounts variant, ArmCounts holdout, Double previousP, boolean exhausted) {
    double alpha = experiment.comparisonAlpha();
    List<String> waiting = new ArrayList<>();
    for (ArmCounts arm : List.of(variant, holdout)) {
      if (arm.contacts() < MINIMUM_PER_ARM) {
        waiting.add(
            "not yet: arm '"
                + arm.arm()
                + "' has "
                + arm.contacts()
                + " of the "
                + MINIMUM_PER_ARM
                + " contacts the normal approximation needs");
      }
    }
    double pv = variant.rate();
    double ph = holdout.rate();
    double v =
        waiting.isEmpty()
            ? pv * (1 - pv) / variant.contacts() + ph * (1 - ph) / holdout.contacts()
            : 0;
    if (waiting.isEmpty() && v == 0) {
      waiting.add("not yet: no variance (every contact of both arms converted, or none did)");
    }
    if (!waiting.isEmpty()) {
      Verdict verdict = exhausted ? Verdict.NO_SIGNIFICANT_DIFFERENCE : Verdict.NOT_YET;
      if (exhausted) {
        waiting.add(0, "the audience is exhausted");
      }
      return new Comparison(variant, holdout, verdict, null, previousP, waiting);
    }
    double theta = pv - ph;
    double logLambda = 0.5 * Math.log(v / (v + tau2)) + theta * theta * tau2 / (2 * v * (v + tau2));
    double p = Math.min(1.0, Math.exp(-logLambda));
    if (previousP != null) {
      p = Math.min(p, previousP);
    }
    double halfWidth =
        Math.sqrt(
            2 * v * (v + tau2) / tau2 * (Math.log(1 / alpha) + 0.5 * Math.log((v + tau2) / v)));
    Interval absolute = new Interval(theta, theta - halfWidth, theta + halfWidth, 1 - alpha);
    Lift lift;
    if (ph == 0) {
      lift = new Lift(absolute, null, "the holdout has no conversion: a relative lift has no base");
    } else {
      lift =
          new Lift(
              absolute,
              new Interval(theta / ph, absolute.lower() / ph, absolute.upper() / ph, 1 - alpha),
              null);
    }
    Verdict verdict;
    String reason;
    if (p <= alpha) {
      verdict = theta > 0 ? Verdict.VARIANT_BETTER : Verdict.HOLDOUT_BETTER;
      reason = "always-valid p = " + Arms.format(p) + " <= alpha " + Arms.format(alpha);
    } else if (exhausted) {
      verdict = Verdict.NO_SIGNIFICANT_DIFFERENCE;
      reason =
          "the audience is exhausted; always-valid p = "
              + Arms.format(p)
              + " > alpha "
              + Arms.format(alpha);
    } else {
      verdict = Verdict.NOT_YET;
      reason = "not yet: always-valid p = " + Arms.format(p) + " > alpha " + Arms.format(alpha);
    }
    return new Comparison(variant, holdout, verdict, lift, p, List.of(reason));
  }
}
