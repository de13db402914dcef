package dev.revops.billing.subscription;

/** What can happen to a subscription's status. Immutable and thread-safe. */
public enum SubscriptionAction {
  /** A pending subscription starts with a trial. */
  START_TRIAL,
  /** A pending subscription starts, paid or free. */
  START,
  /** A pending subscription starts and waits for its first payment. */
  START_INCOMPLETE,
  /** A payment succeeded. */
  PAYMENT_SUCCEEDED,
  /** A payment failed. */
  PAYMENT_FAILED,
  /** The first payment did not come in time. */
  EXPIRE_INCOMPLETE,
  /** The trial ended (with a way to pay). */
  END_TRIAL,
  /** Retries ran out and the policy marks the subscription unpaid. */
  MARK_UNPAID,
  /** Cancel at the end of the period. */
  SCHEDULE_CANCEL,
  /** Undo a scheduled cancellation before the period ends. */
  REACTIVATE,
  /** The period of a non-renewing subscription ended. */
  PERIOD_END,
  /** Cancel now. */
  CANCEL,
  /** Pause. */
  PAUSE,
  /** Resume after a pause. */
  RESUME,
  /** A fixed term ended. */
  EXPIRE_TERM
}
