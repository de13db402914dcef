package dev.revops.sales.experiment;

/** What a comparison of a variant with the holdout concluded. Immutable and thread-safe. */
public enum Verdict {
  /**
   * No conclusion may be drawn yet: a fixed-horizon test before its sample size, or a sequential
   * test whose always-valid p-value is still above alpha. Never a winner, whatever the data show.
   */
  NOT_YET,
  /** The variant converts better than the holdout, at the rule's significance level. */
  VARIANT_BETTER,
  /** The holdout converts better than the variant, at the rule's significance level. */
  HOLDOUT_BETTER,
  /** The test ended (horizon reached, or audience exhausted) without a significant difference. */
  NO_SIGNIFICANT_DIFFERENCE;

  /**
   * Tells whether this verdict names a winner.
   *
   * @return true for {@link #VARIANT_BETTER} and {@link #HOLDOUT_BETTER}
   */
  public boolean isWinner() {
    return this == VARIANT_BETTER || this == HOLDOUT_BETTER;
  }
}
