package dev.revops.sales.experiment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

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
