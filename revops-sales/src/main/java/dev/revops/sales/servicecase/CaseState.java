package dev.revops.sales.servicecase;

import static java.util.Objects.requireNonNull;

import dev.revops.sales.id.CaseId;
import java.time.Instant;
import java.util.List;

/**
 * Where a service case stands: its status and what the status carries. Immutable and thread-safe.
 *
 * @param status the status; never null
 * @param closedAt when it was closed (null while not closed)
 * @param pendingUntil the reminder or auto-close time while pending, else null
 * @param mergedInto the case it was merged into, or null
 * @param history every status entered, oldest first; never empty, the first is NEW
 */
public record CaseState(
    CaseStatus status,
    Instant closedAt,
    Instant pendingUntil,
    CaseId mergedInto,
    List<StatusInterval> history) {

  /** Checks the status and copies the history. */
  public CaseState {
    requireNonNull(status, "status");
    history = List.copyOf(history);
    if (history.isEmpty()) {
      throw new IllegalArgumentException("case history must start with NEW");
    }
  }
}
