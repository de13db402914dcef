package dev.revops.sales.order;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Order configuration. Immutable.
 *
 * @param cancellationWindow how long after placing the customer may cancel (a right to cancel)
 * @param unconfirmedExpiry how long an order may stay unconfirmed (CREATED) before it expires
 */
public record OrderPolicy(Duration cancellationWindow, Duration unconfirmedExpiry) {
  /** Checks both durations are positive. */
  public OrderPolicy {
    requireNonNull(cancellationWindow, "cancellationWindow");
    requireNonNull(unconfirmedExpiry, "unconfirmedExpiry");
    if (cancellationWindow.isNegative()
        || unconfirmedExpiry.isNegative()
        || unconfirmedExpiry.isZero()) {
      throw new IllegalArgumentException(
          "cancellationWindow must not be negative and unconfirmedExpiry must be positive");
    }
  }

  /**
   * The defaults: a 14-day cancellation window (the EU's right of withdrawal for distance sales)
   * and expiry of unconfirmed orders after 24 hours.
   *
   * @return the policy
   */
  public static OrderPolicy defaults() {
    return new OrderPolicy(Duration.ofDays(14), Duration.ofHours(24));
  }
}
