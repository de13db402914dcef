package dev.revops.sales.offer;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * A training example for the acceptance model: an offer that was answered, what the customer held
 * when it was presented, and whether it accepted. Immutable.
 *
 * @param offerId the offer
 * @param held the items (plans and products) held at presentation
 * @param accepted true when accepted, false when declined
 */
public record PastOffer(String offerId, Set<String> held, boolean accepted) {
  /** Copies the set. */
  public PastOffer {
    requireNonNull(offerId, "offerId");
    held = Set.copyOf(held);
  }
}
