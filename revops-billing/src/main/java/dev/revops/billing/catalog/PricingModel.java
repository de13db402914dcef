package dev.revops.billing.catalog;

/** How a price turns a quantity into an amount. Immutable and thread-safe. */
public enum PricingModel {
  /** One fixed amount per period, whatever the quantity. */
  FLAT,
  /** The amount times the quantity. */
  PER_UNIT,
  /**
   * Each unit is priced by the tier it falls in (the first 10 at one rate, the next at another).
   */
  TIERED_GRADUATED,
  /** Every unit is priced at the rate of the tier the total quantity falls in. */
  TIERED_VOLUME,
  /** The amount per started package of {@code packageSize} units (rounded up). */
  PACKAGE
}
