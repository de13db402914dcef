package dev.revops.sales.experiment;

import static java.util.Objects.requireNonNull;

/**
 * How much better (or worse) a variant converts than the holdout. Immutable and thread-safe.
 *
 * @param absolute the difference of rates (variant − holdout), in rate units, with its interval
 * @param relative the relative lift (variant / holdout − 1) with its interval; null when the
 *     holdout has no conversion (or, for the log interval, the variant none), see {@code
 *     relativeUndefined}
 * @param relativeUndefined why {@code relative} is null; null when it is present
 */
public record Lift(Interval absolute, Interval relative, String relativeUndefined) {
  /** Checks that exactly one of the relative interval and its reason is present. */
  public Lift {
    requireNonNull(absolute, "absolute");
    if ((relative == null) == (relativeUndefined == null)) {
      throw new IllegalArgumentException("give either the relative interval or why it is missing");
    }
  }
}
