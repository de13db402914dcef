package dev.revops.examples.simulation;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.retirement.PlanRetirement;
import dev.revops.billing.retirement.RetirementReport;

/**
 * What the plan retirement did in a run. Immutable.
 *
 * @param retirement the retired plan, its date, successor, notice and price policy
 * @param notices notices sent
 * @param report the subscribers per outcome at the end of the run
 */
public record RetirementSummary(PlanRetirement retirement, long notices, RetirementReport report) {
  /** Checks the parts. */
  public RetirementSummary {
    requireNonNull(retirement, "retirement");
    requireNonNull(report, "report");
  }
}
