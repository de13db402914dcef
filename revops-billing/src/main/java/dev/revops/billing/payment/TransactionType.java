package dev.revops.billing.payment;

/** The kind of a payment transaction (Kill Bill). Immutable and thread-safe. */
public enum TransactionType {
  /** Reserve an amount. */
  AUTHORIZE,
  /** Take (part of) an authorized amount. */
  CAPTURE,
  /** Authorize and capture at once. */
  PURCHASE,
  /** Give back (part of) a captured amount. */
  REFUND,
  /** Release an authorization. */
  VOID,
  /** The card holder's bank took the money back. */
  CHARGEBACK
}
