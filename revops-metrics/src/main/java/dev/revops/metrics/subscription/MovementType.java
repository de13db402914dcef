package dev.revops.metrics.subscription;

/**
 * The kind of a change in one customer's MRR (ChartMogul's MRR movements). Immutable and
 * thread-safe.
 */
public enum MovementType {
  /** The customer's first paid MRR ever: from zero to above zero, never paid before. */
  NEW_BUSINESS,
  /** A paying customer's MRR went up (an upgrade, an added subscription). */
  EXPANSION,
  /** A paying customer's MRR went down but stayed above zero (including ending one of several). */
  CONTRACTION,
  /** The customer's MRR went to zero: their last paid subscription ended. */
  CHURN,
  /** A former paying customer's MRR went from zero to above zero again. */
  REACTIVATION;

  /**
   * Tells whether this movement adds MRR.
   *
   * @return true for new business, expansion and reactivation
   */
  public boolean isGain() {
    return this == NEW_BUSINESS || this == EXPANSION || this == REACTIVATION;
  }

  /**
   * Classifies a change of one customer's MRR.
   *
   * @param before the MRR before, in minor units, at least zero
   * @param after the MRR after, in minor units, at least zero, different from {@code before}
   * @param paidBefore whether the customer ever had paid MRR before this change
   * @return the movement's type
   */
  public static MovementType classify(long before, long after, boolean paidBefore) {
    if (before == after) {
      throw new IllegalArgumentException("no movement: MRR unchanged");
    }
    if (before == 0) {
      return paidBefore ? REACTIVATION : NEW_BUSINESS;
    }
    if (after == 0) {
      return CHURN;
    }
    return after > before ? EXPANSION : CONTRACTION;
  }
}
