package dev.revops.sales.order;

import static java.util.Objects.requireNonNull;

/**
 * The result of asking to cancel an order: the order as stored after the request, and the decision
 * with its reason. A refusal is a result, not an exception. Immutable.
 *
 * @param order the order (cancelled when allowed, unchanged otherwise)
 * @param decision the decision
 */
public record CancelOutcome(Order order, CancelDecision decision) {
  /** Checks the parts. */
  public CancelOutcome {
    requireNonNull(order, "order");
    requireNonNull(decision, "decision");
  }

  /**
   * Tells whether the order was cancelled.
   *
   * @return true when cancelled
   */
  public boolean cancelled() {
    return decision.allowed();
  }
}
