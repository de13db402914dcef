package dev.revops.billing.subscription;

/** How a mid-period change is billed (Stripe). Immutable and thread-safe. */
public enum ProrationMode {
  /** Prorations are created and go on the next regular invoice (the default). */
  CREATE_PRORATIONS,
  /** Prorations are created and invoiced at once. */
  ALWAYS_INVOICE,
  /** No proration: the current period stays billed as it was; the change bills from the next. */
  NONE
}
