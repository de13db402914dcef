package dev.revops.core.receivable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * One delinquency range (Fineract's model): a classification with a minimum and an optional maximum
 * number of days past due, both inclusive. A null maximum makes the range open-ended (the top
 * bucket). Immutable and thread-safe. Components may be null only while a JSON document is being
 * validated; {@link AgingBuckets} rejects such a bucket.
 *
 * @param name the classification, e.g. {@code "31-60"}
 * @param minDays the first day past due in the range, inclusive, 0 to {@link #MAX_DAYS}
 * @param maxDays the last day past due in the range, inclusive, 0 to {@link #MAX_DAYS}; null for
 *     open-ended
 */
public record AgingBucket(
    @NotBlank String name,
    @NotNull @PositiveOrZero @Max(MAX_DAYS) Integer minDays,
    @PositiveOrZero @Max(MAX_DAYS) Integer maxDays) {

  /**
   * The largest day a bucket may start or end on (100 years past due); a larger bound is refused so
   * that the day after it is still a day.
   */
  public static final int MAX_DAYS = 36_500;

  /**
   * Makes a bucket.
   *
   * @param name the classification
   * @param minDays the first day, inclusive
   * @param maxDays the last day, inclusive, or null for open-ended
   * @return the bucket
   */
  public static AgingBucket of(String name, int minDays, Integer maxDays) {
    return new AgingBucket(name, minDays, maxDays);
  }

  /**
   * Tells whether the range has no upper end.
   *
   * @return true for the top bucket
   */
  public boolean isOpenEnded() {
    return maxDays == null;
  }

  /**
   * Tells whether a number of days past due falls in the range.
   *
   * @param daysPastDue days past due, zero or more
   * @return true when inside
   */
  public boolean contains(long daysPastDue) {
    return daysPastDue >= minDays && (maxDays == null || daysPastDue <= maxDays);
  }
}
