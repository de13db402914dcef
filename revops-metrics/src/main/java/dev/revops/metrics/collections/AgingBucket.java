package dev.revops.metrics.collections;

import static java.util.Objects.requireNonNull;

import java.util.OptionalLong;

/**
 * One days-past-due range, e.g. "31-60" (Fineract's classification, min days, max days or
 * open-ended). Immutable and thread-safe.
 *
 * @param name the label, not blank
 * @param minDays the first day past due in the bucket, at least 0 (0 = current, not yet due)
 * @param maxDays the last day past due in the bucket; null when the bucket is open-ended
 */
public record AgingBucket(String name, long minDays, Long maxDays) {
  /** Checks the fields. */
  public AgingBucket {
    requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("bucket name must not be blank");
    }
    if (minDays < 0) {
      throw new IllegalArgumentException("bucket " + name + ": minDays must be >= 0");
    }
    if (maxDays != null && maxDays < minDays) {
      throw new IllegalArgumentException("bucket " + name + ": maxDays must be >= minDays");
    }
  }

  /**
   * Tells whether a number of days past due falls in this bucket.
   *
   * @param daysPastDue days past due, at least 0
   * @return true when {@code minDays <= daysPastDue <= maxDays}
   */
  public boolean contains(long daysPastDue) {
    return daysPastDue >= minDays && (maxDays == null || daysPastDue <= maxDays);
  }

  /**
   * Returns the upper bound.
   *
   * @return the last day in the bucket, or empty when open-ended
   */
  public OptionalLong max() {
    return maxDays == null ? OptionalLong.empty() : OptionalLong.of(maxDays);
  }
}
