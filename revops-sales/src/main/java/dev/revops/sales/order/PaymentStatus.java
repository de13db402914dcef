package dev.revops.sales.order;

/** An order's payment status, kept apart from its lifecycle as Shopify does. Immutable. */
public enum PaymentStatus {
  /** Nothing paid yet. */
  PENDING,
  /** Authorised, not captured. */
  AUTHORIZED,
  /** Part paid. */
  PARTIALLY_PAID,
  /** Paid in full. */
  PAID,
  /** Part of the payment refunded. */
  PARTIALLY_REFUNDED,
  /** Everything paid was refunded; final. */
  REFUNDED,
  /** Authorisation voided before payment; final. */
  VOIDED
}
