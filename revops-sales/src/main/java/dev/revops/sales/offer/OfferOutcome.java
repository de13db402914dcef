package dev.revops.sales.offer;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * How a presentation was answered and fulfilled so far. Immutable.
 *
 * @param status where it stands
 * @param answeredAt when it was accepted or declined, or null while presented
 * @param reference the order id or subscription change reference once fulfilled, billing's reason
 *     once refused, otherwise null
 * @param failedAttempts fulfilment attempts that failed (the port threw), not negative
 */
public record OfferOutcome(
    OfferStatus status, Instant answeredAt, String reference, int failedAttempts) {
  /** The outcome of a new presentation. */
  public static final OfferOutcome PRESENTED =
      new OfferOutcome(OfferStatus.PRESENTED, null, null, 0);

  /** Checks the parts. */
  public OfferOutcome {
    requireNonNull(status, "status");
    if (failedAttempts < 0) {
      throw new IllegalArgumentException("failedAttempts must not be negative");
    }
  }
}
