package dev.revops.billing.invoice;

/** The kind of an invoice line. Immutable and thread-safe. */
public enum LineType {
  /** A full period of a recurring price. */
  RECURRING,
  /** A one-time (fixed) charge. */
  ONE_TIME,
  /** Metered usage of a period. */
  USAGE,
  /** A part of a period at a new price or quantity. */
  PRORATION_CHARGE,
  /** A credit for unused time (negative); never a refund. */
  PRORATION_CREDIT,
  /** A coupon's discount (negative). */
  DISCOUNT,
  /** An exclusive tax. */
  TAX,
  /** A manual or corrective amount (either sign). */
  ADJUSTMENT;

  /**
   * Tells whether tax applies to the line.
   *
   * @return true for every kind except tax and adjustment
   */
  public boolean taxable() {
    return this != TAX && this != ADJUSTMENT;
  }
}
