package dev.revops.billing.invoice;

/** Whether prices include the tax. Immutable and thread-safe. */
public enum TaxMode {
  /** The tax is added on top: a TAX line raises the total. */
  EXCLUSIVE,
  /** Prices already include the tax: the total does not change, the tax is reported. */
  INCLUSIVE
}
