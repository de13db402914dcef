package dev.revops.billing.invoice;

/** The status of an invoice (Stripe). Immutable and thread-safe. */
public enum InvoiceStatus {
  /** Being assembled; lines may still change. */
  DRAFT,
  /** Finalized and waiting for payment; never returns to draft. */
  OPEN,
  /** Nothing is due any more (terminal). */
  PAID,
  /** Cancelled after finalization; kept for the record (terminal). */
  VOID,
  /** Written off as unlikely to be paid; can still be paid or voided. */
  UNCOLLECTIBLE,
  /** A draft thrown away before finalization (terminal). */
  DELETED
}
