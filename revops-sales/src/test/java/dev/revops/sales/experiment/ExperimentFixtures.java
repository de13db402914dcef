package dev.revops.sales.experiment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Definitions shared by the experiment tests. */
final class ExperimentFixtures {
  private ExperimentFixtures() {}

  /** Two offers and a holdout, fixed horizon: 20 % baseline, 5 points absolute, 0.05, 0.8. */
  static final String TWO_OFFERS_JSON =
      """
      {"id": "offer-ab-2026-12", "audienceSize": 40000,
       "split": {"variants": [{"name": "offer-a", "percent": 40}, {"name": "offer-b", "percent": 40}],
                 "holdoutPercent": 20},
       "design": {"rule": "FIXED_HORIZON", "baselineRate": 0.2, "minimumDetectableEffect": 0.05,
                  "effect": "ABSOLUTE", "alpha": 0.05, "power": 0.8}}
      """;

  /** The counts of the arms {@code variant} and {@code holdout}: contacts and conversions. */
  static List<ArmCounts> arms(long nv, long xv, long nh, long xh) {
    return List.of(new ArmCounts("variant", nv, xv), new ArmCounts("holdout", nh, xh));
  }

  /**
   * Counts of {@code variant} and {@code holdout} with {@code min} to {@code max} contacts each and
   * any conversion rate in per mille (conversions rounded down).
   */
  static Arbitrary<List<ArmCounts>> variantAndHoldout(int min, int max) {
    Arbitrary<Integer> contacts = Arbitraries.integers().between(min, max);
    Arbitrary<Integer> perMille = Arbitraries.integers().between(0, 1000);
    return Combinators.combine(contacts, contacts, perMille, perMille)
        .as((nv, nh, pv, ph) -> withRates(nv, pv, nh, ph));
  }

  /** {@link #arms} with the conversions given as per mille of the contacts (rounded down). */
  static List<ArmCounts> withRates(int nv, int variantPerMille, int nh, int holdoutPerMille) {
    return arms(nv, (long) nv * variantPerMille / 1000, nh, (long) nh * holdoutPerMille / 1000);
  }

  static ExperimentDefinition oneVariant(DecisionRule rule, long audience) {
    return ExperimentDefinition.of(
        "aa-test",
        audience,
        new TrafficSplit(
            List.of(new Variant("variant", BigDecimal.valueOf(50))), BigDecimal.valueOf(50)),
        design(rule));
  }

  static ExperimentDefinition variants(DecisionRule rule, long audience, int variants) {
    List<Variant> list = new ArrayList<>();
    int share = 100 / (variants + 1);
    for (int i = 0; i < variants; i++) {
      list.add(new Variant("v" + i, BigDecimal.valueOf(share)));
    }
    return ExperimentDefinition.of(
        "aa-test-" + variants,
        audience,
        new TrafficSplit(list, BigDecimal.valueOf(100 - share * variants)),
        design(rule));
  }

  static Design design(DecisionRule rule) {
    return new Design(
        rule,
        new BigDecimal("0.2"),
        new BigDecimal("0.05"),
        EffectKind.ABSOLUTE,
        new BigDecimal("0.05"),
        new BigDecimal("0.8"),
        SampleSizeFormula.EVAN_MILLER);
  }
}
