package dev.revops.billing.invoice;

/** Where tax is rounded to the minor unit (half-up in both cases). Immutable and thread-safe. */
public enum TaxRounding {
  /** Round each line's tax, then add them up (Stripe's default; the default here). */
  PER_LINE,
  /** Add up the taxable amounts, then round the tax once. */
  PER_INVOICE
}
