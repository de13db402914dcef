package dev.revops.sales.offer;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;
import java.math.RoundingMode;

/**
 * An eligible offer with its estimate and expected value, as {@link OfferRanking} orders them.
 * Immutable.
 *
 * @param offer the offer
 * @param fromPlan the held plan an upsell upgrades from, or null
 * @param estimate the model's probability and factors
 */
public record RankedOffer(Offer offer, String fromPlan, Estimate estimate) {
  /** Checks the parts. */
  public RankedOffer {
    requireNonNull(offer, "offer");
    requireNonNull(estimate, "estimate");
  }

  /**
   * Returns the unrounded expected value in minor units: P(accept) x margin. Ranking sorts on this,
   * so two offers whose rounded values tie are still told apart.
   *
   * @return the expected value in minor units of the catalog's currency
   */
  public double expectedMinor() {
    return estimate.probability() * offer.value().margin().minor();
  }

  /**
   * Returns the expected value, P(accept) x margin, rounded half-even to the minor unit.
   *
   * @return the expected value
   */
  public Money expectedValue() {
    return offer
        .value()
        .margin()
        .times(java.math.BigDecimal.valueOf(estimate.probability()), RoundingMode.HALF_EVEN);
  }
}
