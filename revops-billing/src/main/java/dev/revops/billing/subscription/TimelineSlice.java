package dev.revops.billing.subscription;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.catalog.Plan;
import dev.revops.billing.catalog.PlanPhase;
import dev.revops.core.time.DateRange;
import java.time.LocalDate;

/**
 * A stretch of days billed on one plan phase and quantity: what the bill run reads. Immutable and
 * thread-safe.
 *
 * @param range the days
 * @param plan the plan
 * @param phase the plan's phase in effect
 * @param phaseStart the first day of that phase
 * @param quantity the quantity
 * @param priceLockedOn the price lock date (grandfathering)
 * @param proration how the change that started the slice's segment is billed
 */
public record TimelineSlice(
    DateRange range,
    Plan plan,
    PlanPhase phase,
    LocalDate phaseStart,
    long quantity,
    LocalDate priceLockedOn,
    ProrationMode proration) {
  /** Checks the parts. */
  public TimelineSlice {
    requireNonNull(range, "range");
    requireNonNull(plan, "plan");
    requireNonNull(phase, "phase");
    requireNonNull(phaseStart, "phaseStart");
    requireNonNull(priceLockedOn, "priceLockedOn");
    requireNonNull(proration, "proration");
  }
}
