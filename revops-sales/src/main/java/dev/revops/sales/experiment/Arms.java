package dev.revops.sales.experiment;

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

  static String format(double value) {
    return String.format(java.util.Locale.ROOT, "%.4g", value);
  }
}
