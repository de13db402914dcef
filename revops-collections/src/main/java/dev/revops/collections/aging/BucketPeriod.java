package dev.revops.collections.aging;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A stretch of days an account spent in one bucket: entered on a day, left on a later day
 * (half-open {@code [entered, left)}), or still there. Immutable.
 *
 * @param bucket the bucket's name
 * @param entered the first day in the bucket
 * @param left the first day no longer in it, or null while the account is still there
 */
public record BucketPeriod(String bucket, LocalDate entered, LocalDate left) {
  /** Checks the fields. */
  public BucketPeriod {
    requireNonNull(bucket, "bucket");
    requireNonNull(entered, "entered");
    if (left != null && left.isBefore(entered)) {
      throw new IllegalArgumentException("a bucket period cannot end before it starts");
    }
  }

  /**
   * Returns the day the account left, if it did.
   *
   * @return the day, empty while current
   */
  public Optional<LocalDate> leftOn() {
    return Optional.ofNullable(left);
  }

  /**
   * Tells whether the account is still in this bucket.
   *
   * @return true while open
   */
  @JsonIgnore // derived, not stored: keeps the JSON form to the components
  public boolean isCurrent() {
    return left == null;
  }
}
