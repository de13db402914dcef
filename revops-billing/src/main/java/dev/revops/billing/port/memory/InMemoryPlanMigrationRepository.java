package dev.revops.billing.port.memory;

import dev.revops.billing.port.PlanMigrationRepository;
import dev.revops.billing.retirement.PlanMigration;
import dev.revops.billing.retirement.PlanMigrationId;
import dev.revops.core.port.memory.InMemoryIndex;
import dev.revops.core.port.memory.InMemoryRepository;
import java.util.List;

/** Plan migration records in memory, indexed by retired plan. Thread-safe. */
public final class InMemoryPlanMigrationRepository
    extends InMemoryRepository<PlanMigrationId, PlanMigration> implements PlanMigrationRepository {
  private final InMemoryIndex<String, PlanMigrationId, PlanMigration> byPlan =
      index(m -> List.of(m.notice().retiredPlanId()));

  /** Creates an empty repository. */
  public InMemoryPlanMigrationRepository() {
    super("PlanMigration");
  }

  @Override
  public List<PlanMigration> findByRetiredPlan(String retiredPlanId) {
    return findBy(byPlan, retiredPlanId);
  }
}
