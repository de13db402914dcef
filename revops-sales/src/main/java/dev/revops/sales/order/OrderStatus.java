package dev.revops.sales.order;

/**
 * An order's status, as in Apache OFBiz, plus EXPIRED for unconfirmed orders (Saleor). Immutable.
 */
public enum OrderStatus {
  /** Placed, not yet confirmed. */
  CREATED,
  /** Being processed (checks, payment). */
  PROCESSING,
  /** Confirmed; can be fulfilled. */
  APPROVED,
  /** On hold. */
  HOLD,
  /** Everything shipped. */
  SENT,
  /** Done; can be reopened. */
  COMPLETED,
  /** Cancelled; final. */
  CANCELLED,
  /** Rejected; final. */
  REJECTED,
  /** Never confirmed within the configured time; final. */
  EXPIRED
}
