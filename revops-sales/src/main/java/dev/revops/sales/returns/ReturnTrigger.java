package dev.revops.sales.returns;

/** What moves a return between statuses. Immutable. */
public enum ReturnTrigger {
  /** Accept the request. */
  ACCEPT,
  /** The goods were received. */
  RECEIVE,
  /** Refund received goods. */
  REFUND,
  /** Refund without waiting for the goods (a manual refund). */
  MANUAL_REFUND,
  /** Cancel the return. */
  CANCEL
}
