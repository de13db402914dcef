package dev.revops.billing.invoice;

/** How an invoice is collected. Immutable and thread-safe. */
public enum CollectionMethod {
  /** The payment method on file is charged when the invoice is finalized; due on issue. */
  CHARGE_AUTOMATICALLY,
  /** The invoice is sent and paid by the customer within the net days. */
  SEND_INVOICE
}
