package dev.revops.sales.servicecase;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A status a case entered, and when. A case's history of these is what its SLA clocks are measured
 * on. Immutable.
 *
 * @param status the status entered
 * @param from when it was entered
 */
public record StatusInterval(CaseStatus status, Instant from) {
  /** Checks the parts. */
  public StatusInterval {
    requireNonNull(status, "status");
    requireNonNull(from, "from");
  }
}
