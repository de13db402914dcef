package dev.revops.metrics.offer;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;

/**
 * One presented offer, as a host reports it to metrics (for example from sales' {@code
 * OfferPresented}, {@code OfferAccepted}, {@code OfferDeclined} and {@code OfferFulfilled} events).
 * Immutable.
 *
 * @param offerId the offer
 * @param answer how it stands
 * @param expectedValue the ranking's P(accept) x margin at presentation
 * @param margin the offer's margin, realised when {@link OfferAnswer#FULFILLED}
 */
public record OfferFact(String offerId, OfferAnswer answer, Money expectedValue, Money margin) {
  /** Checks the parts. */
  public OfferFact {
    requireNonNull(offerId, "offerId");
    requireNonNull(answer, "answer");
    requireNonNull(expectedValue, "expectedValue");
    requireNonNull(margin, "margin");
    if (!expectedValue.isSameCurrency(margin)) {
      throw new IllegalArgumentException(
          "offer " + offerId + ": expected value and margin in different currencies");
    }
  }
}
