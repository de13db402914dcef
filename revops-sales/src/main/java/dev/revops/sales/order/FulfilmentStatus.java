package dev.revops.sales.order;

/** An order's fulfilment status, kept apart from its lifecycle as Shopify does. Immutable. */
public enum FulfilmentStatus {
  /** Nothing shipped. */
  UNFULFILLED,
  /** Some lines or quantities shipped. */
  PARTIALLY_FULFILLED,
  /** Everything shipped; final. */
  FULFILLED,
  /** Fulfilment held before anything shipped. */
  ON_HOLD
}
