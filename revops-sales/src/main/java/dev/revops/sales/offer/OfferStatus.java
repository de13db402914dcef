package dev.revops.sales.offer;

/** Where an offer presentation stands; see {@link OfferLifecycle}. */
public enum OfferStatus {
  /** Made available to the customer (or its agent), not yet answered. */
  PRESENTED,
  /** Accepted; its order or subscription change is not yet confirmed (pending fulfilment). */
  ACCEPTED,
  /** Accepted and fulfilled: the order is placed or the subscription change applied. Final. */
  FULFILLED,
  /** Declined; the offer's cool-down starts. Final. */
  DECLINED,
  /** Accepted, but billing refused the subscription change (for a reason it named). Final. */
  REFUSED
}
