package dev.revops.billing.payment;

/** What happens to the invoice when payment retries run out. Immutable and thread-safe. */
public enum InvoiceExhaustedAction {
  /** Mark it uncollectible (it can still be paid or voided). */
  MARK_UNCOLLECTIBLE,
  /** Leave it open. */
  LEAVE_OPEN
}
