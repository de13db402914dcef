package dev.revops.billing.payment;

/** What moves a payment's status. Immutable and thread-safe. */
public enum PaymentAction {
  /** An authorization succeeded. */
  AUTHORIZE_OK,
  /** A capture succeeded. */
  CAPTURE_OK,
  /** A purchase succeeded. */
  PURCHASE_OK,
  /** A refund succeeded and something is left captured. */
  REFUND_PARTIAL,
  /** A refund succeeded and nothing is left captured. */
  REFUND_FULL,
  /** A void succeeded. */
  VOID_OK,
  /** A chargeback arrived. */
  CHARGEBACK,
  /**
   * An authorization or purchase was recorded before it was sent: its result is unknown until the
   * gateway's answer is recorded or looked up.
   */
  SEND,
  /** An authorization or purchase failed. */
  FAIL,
  /** An authorization or purchase is pending. */
  WAIT,
  /** An authorization or purchase has an unknown result. */
  LOSE_TRACK
}
