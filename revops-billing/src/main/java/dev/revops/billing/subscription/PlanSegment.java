package dev.revops.billing.subscription;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One stretch of a subscription on one plan and quantity, from a day until the next segment.
 * Immutable and thread-safe.
 *
 * @param planId the plan
 * @param quantity the quantity, at least 1
 * @param from the first day of the segment
 * @param priceLockedOn the day the subscription took this plan's prices (for grandfathering)
 * @param proration how the change that started this segment is billed
 */
public record PlanSegment(
    String planId,
    long quantity,
    LocalDate from,
    LocalDate priceLockedOn,
    ProrationMode proration) {
  /** Checks the parts. */
  public PlanSegment {
    requireNonNull(planId, "planId");
    requireNonNull(from, "from");
    requireNonNull(priceLockedOn, "priceLockedOn");
    requireNonNull(proration, "proration");
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be at least 1, got " + quantity);
    }
  }
}
