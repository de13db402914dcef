package dev.revops.billing.port;

import dev.revops.billing.retirement.PlanMigration;
import dev.revops.billing.retirement.PlanMigrationId;
import dev.revops.core.port.Repository;
import java.util.List;

/**
 * Stores the subscribers' moves off retired plans, with optimistic versions: creating a record that
 * exists is a {@code ConcurrencyConflictException}, which is what makes a notice go out once
 * however many app instances send them. Implementations must be thread-safe.
 */
public interface PlanMigrationRepository extends Repository<PlanMigrationId, PlanMigration> {
  /**
   * Returns the records of one retired plan.
   *
   * @param retiredPlanId the retired plan
   * @return a snapshot, any order
   */
  List<PlanMigration> findByRetiredPlan(String retiredPlanId);

  /**
   * Returns {@code "PlanMigration"}: the name in {@code NotFoundException} messages and, as {@code
   * revops.planMigration}, the logging-context key under which its saves run.
   *
   * @return the aggregate's type name
   */
  @Override
  default String typeName() {
    return "PlanMigration";
  }
}
