package dev.revops.sales.order;

import static java.util.Objects.requireNonNull;

/**
 * Whether an order may be cancelled now, and why not. Immutable.
 *
 * @param allowed true when it may
 * @param reason why not (or {@code "within the cancellation window"})
 */
public record CancelDecision(boolean allowed, String reason) {
  /** Checks the reason. */
  public CancelDecision {
    requireNonNull(reason, "reason");
  }
}
