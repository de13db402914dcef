package dev.revops.billing.retirement;

import static dev.revops.billing.retirement.MigrationAction.CHANGE_PLAN;
import static dev.revops.billing.retirement.MigrationAction.END;
import static dev.revops.billing.retirement.MigrationAction.MIGRATE;
import static dev.revops.billing.retirement.MigrationStatus.CHURNED;
import static dev.revops.billing.retirement.MigrationStatus.LEFT_PLAN;
import static dev.revops.billing.retirement.MigrationStatus.MIGRATED;
import static dev.revops.billing.retirement.MigrationStatus.NOTIFIED;

import dev.revops.core.statemachine.StateMachine;

/**
 * One subscriber's way off a retired plan: notified, then migrated, churned or gone to another
 * plan. A migrated subscriber whose subscription ends (or moves elsewhere) before the change takes
 * effect still counts as churned (or gone). Stateless.
 */
public final class MigrationLifecycle {
  private MigrationLifecycle() {}

  /** The machine; immutable and shared. */
  public static final StateMachine<MigrationStatus, MigrationAction> MACHINE =
      StateMachine.<MigrationStatus, MigrationAction>builder(NOTIFIED)
          .permit(NOTIFIED, MIGRATE, MIGRATED)
          .permit(NOTIFIED, END, CHURNED)
          .permit(NOTIFIED, CHANGE_PLAN, LEFT_PLAN)
          .permit(MIGRATED, END, CHURNED)
          .permit(MIGRATED, CHANGE_PLAN, LEFT_PLAN)
          .terminal(CHURNED)
          .terminal(LEFT_PLAN)
          .build();
}
