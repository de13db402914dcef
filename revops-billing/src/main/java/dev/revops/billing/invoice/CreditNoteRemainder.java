package dev.revops.billing.invoice;

/** Where the part of a credit note beyond the amount still due goes. Immutable and thread-safe. */
public enum CreditNoteRemainder {
  /** Refunded to the payment method (the caller refunds through the payment gateway). */
  REFUND,
  /** Added to the account's credit balance. */
  CREDIT_BALANCE
}
