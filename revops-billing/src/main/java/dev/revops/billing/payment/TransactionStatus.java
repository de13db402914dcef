package dev.revops.billing.payment;

/** The result of a transaction at the gateway. Immutable and thread-safe. */
public enum TransactionStatus {
  /** It went through. */
  SUCCESS,
  /** The gateway has not decided yet (a bank transfer, 3-D Secure). */
  PENDING,
  /** It was declined or failed; see the decline. */
  FAILURE,
  /**
   * Nobody knows (a timeout, a lost connection): the money may or may not have moved. Must be
   * resolved through {@link dev.revops.billing.port.PaymentGateway#lookup} before any retry (Kill
   * Bill #1015: retrying an unknown charge can charge twice).
   */
  UNKNOWN
}
