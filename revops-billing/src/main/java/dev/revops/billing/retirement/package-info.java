/**
 * Plan end-of-life: a plan closed to new sales from a date ({@link
 * dev.revops.billing.retirement.PlanRetirement}, checked as a set against the catalog by {@link
 * dev.revops.billing.retirement.RetirementSchedule}), the notice its subscribers get before their
 * renewal, their move to a successor plan at renewal under a price policy, and the churn the
 * retirement causes ({@link dev.revops.billing.retirement.RetirementPlanner}, {@link
 * dev.revops.billing.retirement.PlanMigration}, {@link
 * dev.revops.billing.retirement.RetirementReport}).
 *
 * <p>It lives in revops-billing, not revops-sales, because a retirement is a catalog concept and
 * the migration is billing's own subscription change ({@code Subscription.changePlan} at the end of
 * the term).
 *
 * <p>Pure and immutable: no I/O, no clock of its own; the application service {@code
 * dev.revops.billing.service.PlanRetirementService} loads, asks the planner and saves.
 */
package dev.revops.billing.retirement;
