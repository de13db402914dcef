package dev.revops.metrics.campaign;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;

/**
 * A touch and the revenue it was credited with. Immutable and thread-safe.
 *
 * @param touch the touch
 * @param credit its share of the journey's revenue, in minor units exactly
 */
public record AttributedTouch(Touch touch, Money credit) {
  /** Checks the parts. */
  public AttributedTouch {
    requireNonNull(touch, "touch");
    requireNonNull(credit, "credit");
  }
}
