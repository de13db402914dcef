package dev.revops.billing.payment;

/** The status of a payment. Immutable and thread-safe. */
public enum PaymentStatus {
  /** Nothing sent yet. */
  NEW,
  /** The first transaction is pending at the gateway. */
  PENDING,
  /** The first transaction's result is unknown: look it up before anything else. */
  UNKNOWN,
  /** The last attempt failed; it may be retried per the policy. */
  FAILED,
  /** An amount is reserved. */
  AUTHORIZED,
  /** Money was taken (refunds may have given part of it back). */
  CAPTURED,
  /** Everything captured was refunded (terminal). */
  REFUNDED,
  /** The authorization was released (terminal). */
  VOIDED,
  /** The bank took the money back (terminal). */
  CHARGED_BACK
}
