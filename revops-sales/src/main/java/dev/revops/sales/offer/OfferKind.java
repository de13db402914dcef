package dev.revops.sales.offer;

/** What an offer does for the customer, and so how an accepted one is fulfilled. */
public enum OfferKind {
  /**
   * A move to a higher plan along an upgrade path ("from plan X"); fulfilled as a subscription
   * change.
   */
  UPSELL,
  /** Another product beside what the customer has; fulfilled as an order. */
  CROSS_SELL,
  /** A product that extends one the customer owns (its base); fulfilled as an order. */
  ADD_ON;

  /**
   * Tells whether an accepted offer of this kind changes a subscription rather than placing an
   * order.
   *
   * @return true for {@link #UPSELL}
   */
  public boolean changesSubscription() {
    return this == UPSELL;
  }
}
