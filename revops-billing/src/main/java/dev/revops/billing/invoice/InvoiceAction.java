package dev.revops.billing.invoice;

/** What can happen to an invoice's status. Immutable and thread-safe. */
public enum InvoiceAction {
  /** Finalize a draft. */
  FINALIZE,
  /** Throw a draft away. */
  DELETE,
  /** The amount due reached zero. */
  PAY,
  /** Void a finalized invoice. */
  VOID,
  /** Write it off. */
  MARK_UNCOLLECTIBLE
}
