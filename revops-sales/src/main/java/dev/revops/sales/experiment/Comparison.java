package dev.revops.sales.experiment;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One variant against the holdout: the counts, the verdict, the lift with its interval and the
 * p-value, and the reasons in words. Immutable and thread-safe.
 *
 * @param variant the variant's counts
 * @param holdout the holdout's counts
 * @param verdict the conclusion
 * @param lift the lift with its intervals; null for a fixed-horizon test before its horizon (an
 *     early estimate is exactly what must not be read), or when there is no data to estimate it
 * @param pValue the p-value of the rule (the always-valid one for the sequential rule); null when
 *     none was computed
 * @param reasons why this verdict, e.g. "not yet: variant 'offer-a' has 412 of the 1031 contacts
 *     each arm needs"
 */
public record Comparison(
    ArmCounts variant,
    ArmCounts holdout,
    Verdict verdict,
    Lift lift,
    Double pValue,
    List<String> reasons) {
  /** Checks the parts and copies the reasons. */
  public Comparison {
    requireNonNull(variant, "variant");
    requireNonNull(holdout, "holdout");
    requireNonNull(verdict, "verdict");
    reasons = List.copyOf(requireNonNull(reasons, "reasons"));
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("a comparison states at least one reason");
    }
  }
}
