package dev.revops.billing.port.memory;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.port.PlanRetirements;
import dev.revops.billing.retirement.PlanRetirement;
import dev.revops.billing.retirement.RetirementSchedule;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Plan retirements in memory, checked against one catalog each time one is added. Thread-safe: a
 * retirement is added with a compare-and-set of the whole schedule, so two concurrent additions are
 * both checked against each other.
 */
public final class InMemoryPlanRetirements implements PlanRetirements {
  private final Catalog catalog;
  private final AtomicReference<RetirementSchedule> schedule =
      new AtomicReference<>(RetirementSchedule.none());

  /**
   * Creates an empty source.
   *
   * @param catalog the catalog retirements are checked against (never null)
   */
  public InMemoryPlanRetirements(Catalog catalog) {
    this.catalog = requireNonNull(catalog, "catalog");
  }

  /**
   * Retires a plan.
   *
   * @param retirement the retirement (never null)
   * @return this source
   * @throws dev.revops.core.error.InvalidInputException naming every problem of the schedule with
   *     it, by path
   */
  public InMemoryPlanRetirements retire(PlanRetirement retirement) {
    requireNonNull(retirement, "retirement");
    schedule.updateAndGet(s -> s.with(catalog, retirement));
    return this;
  }

  /**
   * Returns the schedule as it is now.
   *
   * @return the checked schedule
   */
  public RetirementSchedule schedule() {
    return schedule.get();
  }

  @Override
  public Optional<PlanRetirement> forPlan(String planId) {
    return schedule.get().forPlan(planId);
  }

  @Override
  public List<PlanRetirement> all() {
    return schedule.get().retirements();
  }
}
