package dev.revops.sales.experiment;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The state of an experiment at one look: the rule that decided, stated in words, and one
 * comparison per variant against the holdout. Immutable and thread-safe.
 *
 * @param experimentId the experiment's id
 * @param rule the decision rule
 * @param ruleStated the rule in words, with its parameters (alpha per comparison, horizon or
 *     mixture)
 * @param comparisons one per variant, in the split's order
 */
public record ExperimentResult(
    String experimentId, DecisionRule rule, String ruleStated, List<Comparison> comparisons) {
  /** Checks the parts and copies the list. */
  public ExperimentResult {
    requireNonNull(experimentId, "experimentId");
    requireNonNull(rule, "rule");
    requireNonNull(ruleStated, "ruleStated");
    comparisons = List.copyOf(requireNonNull(comparisons, "comparisons"));
  }

  /**
   * Returns the comparison of a variant.
   *
   * @param variant the variant's name
   * @return its comparison
   * @throws IllegalArgumentException when there is no such variant
   */
  public Comparison comparison(String variant) {
    return comparisons.stream()
        .filter(c -> c.variant().arm().equals(variant))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no variant named '" + variant + "'"));
  }
}
