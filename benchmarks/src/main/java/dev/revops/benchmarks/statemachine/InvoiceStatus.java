package dev.revops.benchmarks.statemachine;

/** The states of the invoice-like machine every engine in the benchmark implements. */
public enum InvoiceStatus {
  /** Being edited; not yet owed. */
  DRAFT,
  /** Finalized and owed. */
  OPEN,
  /** Settled (terminal). */
  PAID,
  /** Cancelled (terminal). */
  VOID,
  /** Written off as bad debt; may still be paid or voided. */
  UNCOLLECTIBLE
}
