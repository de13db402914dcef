package dev.revops.sales.servicecase;

import static java.util.Objects.requireNonNull;

import dev.revops.core.time.BusinessCalendar;
import java.time.Duration;

/**
 * Service level targets measured in business time on a calendar (Zammad's SLA): first response,
 * update (between agent responses) and solution. Null targets are not measured. Immutable.
 *
 * @param name the policy's name
 * @param calendar the business calendar the clocks run on
 * @param firstResponse the first-response target, or null
 * @param update the update target, or null
 * @param solution the solution target, or null
 * @param warnBefore how long before a breach a clock counts as an upcoming breach
 */
public record SlaPolicy(
    String name,
    BusinessCalendar calendar,
    Duration firstResponse,
    Duration update,
    Duration solution,
    Duration warnBefore) {
  /** Checks the parts. */
  public SlaPolicy {
    requireNonNull(name, "name");
    requireNonNull(calendar, "calendar");
    requireNonNull(warnBefore, "warnBefore");
    for (Duration d : new Duration[] {firstResponse, update, solution}) {
      if (d != null && (d.isNegative() || d.isZero())) {
        throw new IllegalArgumentException("SLA " + name + ": targets must be positive");
      }
    }
    if (warnBefore.isNegative()) {
      throw new IllegalArgumentException("SLA " + name + ": warnBefore must not be negative");
    }
  }
}
