package dev.revops.sales.experiment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.json.PolicyLoader;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An A/B test: its id (the salt of every assignment), the size of the audience it will run on, the
 * traffic split with its holdout, and its design (decision rule, baseline, minimum detectable
 * effect, alpha, power). Immutable and thread-safe.
 *
 * <p>Build one with {@link #of} or {@link #fromJson}; both refuse a definition that cannot work,
 * naming every problem by its JSON path: shares that do not add up to 100 % ({@code $.split}), a
 * share with more than two decimals, duplicate arm names, rates outside (0, 1), and a fixed-horizon
 * sample size that the audience cannot reach ({@code $.audienceSize}: the smallest arm's share of
 * the audience must hold the sample size each arm needs). A sequential test has no horizon and so
 * no such check; it may stop early or run until the audience is exhausted.
 *
 * <pre>{@code
 * {"id": "offer-ab-2026-12", "audienceSize": 20000,
 *  "split": {"variants": [{"name": "offer-a", "percent": 45}, {"name": "offer-b", "percent": 45}],
 *            "holdoutPercent": 10},
 *  "design": {"rule": "FIXED_HORIZON", "baselineRate": 0.2, "minimumDetectableEffect": 0.05,
 *             "effect": "ABSOLUTE", "alpha": 0.05, "power": 0.8}}
 * }</pre>
 *
 * @param id the experiment's id: 1 to 100 letters, digits, {@code . _ : -}
 * @param audienceSize how many contacts the experiment can reach in all
 * @param split the traffic split
 * @param design the decision rule and what it must detect
 */
public record ExperimentDefinition(
    @NotBlank String id,
    @NotNull Long audienceSize,
    @NotNull @Valid TrafficSplit split,
    @NotNull @Valid Design design) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String WHAT = "experiment definition";
  private static final BigDecimal MIN_EFFECT = new BigDecimal("0.0001");

  /**
   * Makes a checked definition.
   *
   * @param id the id
   * @param audienceSize the audience size
   * @param split the split
   * @param design the design
   * @return the definition
   * @throws InvalidInputException naming every problem with its path
   */
  public static ExperimentDefinition of(
      String id, long audienceSize, TrafficSplit split, Design design) {
    ExperimentDefinition d = new ExperimentDefinition(id, audienceSize, split, design);
    d.requireValid();
    return d;
  }

  /**
   * Reads a checked definition from JSON.
   *
   * @param json the document
   * @return the definition
   * @throws InvalidInputException naming every problem with its JSON path
   */
  public static ExperimentDefinition fromJson(String json) {
    if (json == null) {
      throw InvalidInputException.of(WHAT, "$", "no document (null)");
    }
    ExperimentDefinition d = PolicyLoader.create().load(json, ExperimentDefinition.class);
    d.requireValid();
    return d;
  }

  /**
   * Returns how many comparisons the experiment makes: one per variant, each against the holdout.
   *
   * @return the number of variants
   */
  @JsonIgnore
  public int comparisons() {
    return split.variants().size();
  }

  /**
   * Returns the significance level of each comparison: alpha divided by the number of variants
   * (Bonferroni), so that the chance of any false winner stays at or below alpha.
   *
   * @return the per-comparison alpha
   */
  @JsonIgnore
  public double comparisonAlpha() {
    return design.alpha().doubleValue() / comparisons();
  }

  /**
   * Returns the sample size each arm needs for a fixed-horizon test, at the per-comparison alpha.
   *
   * @return the sample size
   * @throws IllegalStateException for a sequential design without power
   */
  @JsonIgnore
  public SampleSize sampleSize() {
    if (design.power() == null) {
      throw new IllegalStateException("experiment " + id + " has no power: no sample size");
    }
    return SampleSize.of(
        design.baselineRate().doubleValue(),
        design.minimumDetectableEffect().doubleValue(),
        design.effect(),
        comparisonAlpha(),
        design.power().doubleValue(),
        design.sampleSizeFormula());
  }

  /**
   * Returns the contacts an arm can expect: the audience times its share, rounded down.
   *
   * @param arm the arm's name
   * @return the expected contacts
   */
  public long expectedContacts(String arm) {
    return audienceSize * split.basisPoints(arm) / Assignment.BUCKETS;
  }

  private void requireValid() {
    List<Violation> problems = violations();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(WHAT, problems);
    }
  }

  /**
   * Lists every problem of this definition with its JSON path; null-safe.
   *
   * @return the problems, sorted; empty when valid
   */
  List<Violation> violations() {
    List<Violation> v = new ArrayList<>();
    if (id == null || !ID.matcher(id).matches()) {
      v.add(new Violation("$.id", "must be 1 to 100 letters, digits, '.', '_', ':' or '-'"));
    }
    if (audienceSize == null || audienceSize < 1) {
      v.add(new Violation("$.audienceSize", "must be at least 1"));
    } else if (audienceSize > 1_000_000_000_000L) {
      v.add(new Violation("$.audienceSize", "must be at most 10^12"));
    }
    boolean splitOk = checkSplit(v);
    boolean designOk = checkDesign(v);
    if (splitOk && designOk && v.isEmpty() && design.rule() == DecisionRule.FIXED_HORIZON) {
      checkReachable(v);
    }
    v.sort(null);
    return v;
  }

  private boolean checkSplit(List<Violation> v) {
    if (split == null) {
      v.add(new Violation("$.split", "is required"));
      return false;
    }
    int before = v.size();
    if (split.variants().isEmpty()) {
      v.add(new Violation("$.split.variants", "needs at least one variant"));
    }
    BigDecimal sum = BigDecimal.ZERO;
    Set<String> names = new HashSet<>();
    for (int i = 0; i < split.variants().size(); i++) {
      Variant variant = split.variants().get(i);
      String at = "$.split.variants[" + i + "]";
      if (variant == null) {
        v.add(new Violation(at, "must not be null"));
        continue;
      }
      if (variant.name() == null || !ID.matcher(variant.name()).matches()) {
        v.add(
            new Violation(at + ".name", "must be 1 to 100 letters, digits, '.', '_', ':' or '-'"));
      } else if (TrafficSplit.HOLDOUT.equals(variant.name())) {
        v.add(new Violation(at + ".name", "'holdout' is the name of the control group"));
      } else if (!names.add(variant.name())) {
        v.add(new Violation(at + ".name", "duplicate variant name '" + variant.name() + "'"));
      }
      if (checkPercent(variant.percent(), at + ".percent", v)) {
        sum = sum.add(variant.percent());
      }
    }
    if (checkPercent(split.holdoutPercent(), "$.split.holdoutPercent", v)) {
      sum = sum.add(split.holdoutPercent());
    }
    if (v.size() == before && sum.compareTo(HUNDRED) != 0) {
      v.add(
          new Violation(
              "$.split",
              "the variants' and the holdout's percents add up to "
                  + sum.stripTrailingZeros().toPlainString()
                  + " %, not 100 %"));
    }
    return v.size() == before;
  }

  private static boolean checkPercent(BigDecimal percent, String path, List<Violation> v) {
    if (percent == null) {
      v.add(new Violation(path, "is required"));
      return false;
    }
    if (percent.signum() <= 0 || percent.compareTo(HUNDRED) >= 0) {
      v.add(new Violation(path, "must be above 0 and below 100"));
      return false;
    }
    if (percent.stripTrailingZeros().scale() > 2) {
      v.add(new Violation(path, "must have at most two decimals (a basis point)"));
      return false;
    }
    return true;
  }

  private boolean checkDesign(List<Violation> v) {
    if (design == null) {
      v.add(new Violation("$.design", "is required"));
      return false;
    }
    int before = v.size();
    if (design.rule() == null) {
      v.add(new Violation("$.design.rule", "is required"));
    }
    if (design.effect() == null) {
      v.add(new Violation("$.design.effect", "is required"));
    }
    boolean baselineOk =
        open(design.baselineRate(), BigDecimal.ZERO, BigDecimal.ONE, "$.design.baselineRate", v);
    BigDecimal mde = design.minimumDetectableEffect();
    if (mde == null || mde.signum() <= 0 || mde.compareTo(BigDecimal.valueOf(1000)) > 0) {
      v.add(
          new Violation("$.design.minimumDetectableEffect", "must be above 0 (and at most 1000)"));
    } else if (baselineOk && design.effect() != null) {
      BigDecimal target =
          design.effect() == EffectKind.ABSOLUTE
              ? design.baselineRate().add(mde)
              : design.baselineRate().multiply(BigDecimal.ONE.add(mde));
      BigDecimal absolute = target.subtract(design.baselineRate());
      if (absolute.compareTo(MIN_EFFECT) < 0) {
        v.add(
            new Violation(
                "$.design.minimumDetectableEffect",
                "must be at least "
                    + MIN_EFFECT.toPlainString()
                    + " in absolute terms (one basis point); got "
                    + absolute.stripTrailingZeros().toPlainString()));
      } else if (target.compareTo(BigDecimal.ONE) >= 0) {
        v.add(
            new Violation(
                "$.design.minimumDetectableEffect",
                "baseline plus the effect is "
                    + target.stripTrailingZeros().toPlainString()
                    + ", a rate must stay below 1"));
      }
    }
    BigDecimal alpha = design.alpha();
    if (alpha == null || alpha.signum() <= 0 || alpha.compareTo(new BigDecimal("0.5")) > 0) {
      v.add(new Violation("$.design.alpha", "must be above 0 and at most 0.5"));
    }
    BigDecimal power = design.power();
    if (power == null) {
      if (design.rule() == DecisionRule.FIXED_HORIZON) {
        v.add(new Violation("$.design.power", "is required for a FIXED_HORIZON test"));
      }
    } else if (power.compareTo(new BigDecimal("0.5")) < 0 || power.compareTo(BigDecimal.ONE) >= 0) {
      v.add(new Violation("$.design.power", "must be at least 0.5 and below 1"));
    }
    return v.size() == before;
  }

  private static boolean open(
      BigDecimal value, BigDecimal low, BigDecimal high, String path, List<Violation> v) {
    if (value == null || value.compareTo(low) <= 0 || value.compareTo(high) >= 0) {
      v.add(new Violation(path, "must be above " + low + " and below " + high));
      return false;
    }
    return true;
  }

  private void checkReachable(List<Violation> v) {
    SampleSize size;
    try {
      size = sampleSize();
    } catch (IllegalArgumentException e) {
      v.add(new Violation("$.design.minimumDetectableEffect", e.getMessage()));
      return;
    }
    for (String arm : split.armNames()) {
      long expected = expectedContacts(arm);
      if (expected < size.perArm()) {
        long needed =
            (size.perArm() * Assignment.BUCKETS + split.basisPoints(arm) - 1)
                / split.basisPoints(arm);
        v.add(
            new Violation(
                "$.audienceSize",
                "arm '"
                    + arm
                    + "' gets "
                    + expected
                    + " of the "
                    + audienceSize
                    + " contacts, fewer than the "
                    + size.perArm()
                    + " each arm needs (baseline "
                    + design.baselineRate().toPlainString()
                    + ", "
                    + design.effect().name().toLowerCase(java.util.Locale.ROOT)
                    + " effect "
                    + design.minimumDetectableEffect().toPlainString()
                    + ", alpha "
                    + design.alpha().toPlainString()
                    + (comparisons() > 1 ? " over " + comparisons() + " comparisons" : "")
                    + ", power "
                    + design.power().toPlainString()
                    + "); the audience must be at least "
                    + needed));
      }
    }
  }
}
