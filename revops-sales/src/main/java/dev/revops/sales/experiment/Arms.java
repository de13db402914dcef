package dev.revops.sales.experiment;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Looks up the counts of each arm of an experiment. Used inside one call; not thread-safe. */
final class Arms {
  private Arms() {}

  /**
   * Indexes counts by arm, refusing unknown and repeated arms; an arm without counts has none.
   *
   * @param experiment the experiment
   * @param counts the counts
   * @return every arm's counts
   */
  static Map<String, ArmCounts> index(
      ExperimentDefinition experiment, Collection<ArmCounts> counts) {
    Map<String, ArmCounts> byArm = new HashMap<>();
    for (ArmCounts c : counts) {
      if (!experiment.split().armNames().contains(c.arm())) {
        throw new IllegalArgumentException(
            "experiment " + experiment.id() + " has no arm named '" + c.arm() + "'");
      }
      if (byArm.put(c.arm(), c) != null) {
        throw new IllegalArgumentException("counts for arm '" + c.arm() + "' given twice");
      }
    }
    for (String arm : experiment.split().armNames()) {
      byArm.putIfAbsent(arm, new ArmCounts(arm, 0, 0));
    }
    return byArm;
  }

  /**
   * Checks that an experiment is decided by the given rule.
   *
   * @param experiment the experiment (never null)
   * @param rule the rule a test applies
   * @return the experiment
   * @throws IllegalArgumentException when the experiment has another rule
   */
  static ExperimentDefinition requireRule(ExperimentDefinition experiment, DecisionRule rule) {
    requireNonNull(experiment, "experiment");
    if (experiment.design().rule() != rule) {
      throw new IllegalArgumentException(
          "experiment " + experiment.id() + " is " + experiment.design().rule());
    }
    return experiment;
  }

  static String format(double value) {
    return String.format(java.util.Locale.ROOT, "%.4g", value);
  }
}
