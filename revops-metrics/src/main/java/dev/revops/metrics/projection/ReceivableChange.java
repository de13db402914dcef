package dev.revops.metrics.projection;

/** How a receivable event changes an account's balance. Immutable and thread-safe. */
public enum ReceivableChange {
  /** A credit sale: an invoice was issued (adds to AR). */
  ISSUED,
  /** A payment was applied (reduces AR). */
  PAID,
  /** A credit note was applied (reduces AR). */
  CREDITED,
  /** An amount was written off (reduces AR). */
  WRITTEN_OFF;

  /**
   * Returns the sign of the change to AR.
   *
   * @return +1 for issued, -1 otherwise
   */
  public int sign() {
    return this == ISSUED ? 1 : -1;
  }
}
