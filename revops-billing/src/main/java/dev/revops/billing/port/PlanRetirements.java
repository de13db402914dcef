package dev.revops.billing.port;

import dev.revops.billing.retirement.PlanRetirement;
import dev.revops.billing.retirement.RetirementSchedule;
import java.util.List;
import java.util.Optional;

/**
 * Where the plan retirements come from: the host's configuration, a table, or {@code
 * port.memory.InMemoryPlanRetirements}. What it returns must be a checked set (a {@link
 * RetirementSchedule}: one retirement per plan, successors in the catalog and not retired).
 * Implementations must be thread-safe.
 */
public interface PlanRetirements {
  /**
   * Returns the retirement of a plan.
   *
   * @param planId the plan
   * @return its retirement, or empty when the plan is not retired
   */
  Optional<PlanRetirement> forPlan(String planId);

  /**
   * Returns every retirement.
   *
   * @return a snapshot, any order
   */
  List<PlanRetirement> all();

  /**
   * No plan is retired: what services built without this port use.
   *
   * @return the empty source
   */
  static PlanRetirements none() {
    return of(RetirementSchedule.none());
  }

  /**
   * A fixed schedule.
   *
   * @param schedule the checked schedule (never null)
   * @return a source that always returns it
   */
  static PlanRetirements of(RetirementSchedule schedule) {
    java.util.Objects.requireNonNull(schedule, "schedule");
    return new PlanRetirements() {
      @Override
      public Optional<PlanRetirement> forPlan(String planId) {
        return schedule.forPlan(planId);
      }

      @Override
      public List<PlanRetirement> all() {
        return schedule.retirements();
      }
    };
  }
}
