package dev.revops.sales.offer;

/** What moves an offer presentation; see {@link OfferLifecycle}. */
public enum OfferTrigger {
  /** The customer accepts. */
  ACCEPT,
  /** The customer declines. */
  DECLINE,
  /** The order was placed or the subscription change applied. */
  FULFIL,
  /** Billing refused the subscription change. */
  REFUSE
}
