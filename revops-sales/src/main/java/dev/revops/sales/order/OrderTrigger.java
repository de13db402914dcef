package dev.revops.sales.order;

/** What moves an order between statuses. Immutable. */
public enum OrderTrigger {
  /** Start processing. */
  PROCESS,
  /** Approve (confirm). */
  APPROVE,
  /** Put on hold. */
  HOLD,
  /** Reject. */
  REJECT,
  /** Cancel (within the cancellation window). */
  CANCEL,
  /** Everything shipped. */
  SEND,
  /** Complete. */
  COMPLETE,
  /** Reopen a completed order. */
  REOPEN,
  /** Expire an unconfirmed order. */
  EXPIRE
}
