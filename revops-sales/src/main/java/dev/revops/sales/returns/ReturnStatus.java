package dev.revops.sales.returns;

/** A return's (RMA's) status, as in Apache OFBiz. Immutable. */
public enum ReturnStatus {
  /** The customer asked to return goods. */
  REQUESTED,
  /** The business accepted the return. */
  ACCEPTED,
  /** The goods came back. */
  RECEIVED,
  /** Refunded; final. */
  COMPLETED,
  /** Cancelled; final. */
  CANCELLED
}
