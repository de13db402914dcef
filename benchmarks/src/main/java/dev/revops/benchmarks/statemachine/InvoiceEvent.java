package dev.revops.benchmarks.statemachine;

/** The events of the invoice-like machine every engine in the benchmark implements. */
public enum InvoiceEvent {
  /** DRAFT to OPEN. */
  FINALIZE,
  /** OPEN or UNCOLLECTIBLE to PAID. */
  PAY,
  /** OPEN or UNCOLLECTIBLE to VOID. */
  VOID,
  /** OPEN to UNCOLLECTIBLE. */
  MARK_UNCOLLECTIBLE
}
