package dev.revops.collections.aging;

import static java.util.Objects.requireNonNull;

import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.receivable.AgingBucket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When an account entered and left each delinquency bucket (Fineract's delinquency range history).
 * Feed it the account's bucket whenever aging runs; a change of bucket closes the open period and
 * opens a new one and reports a {@link BucketChanged} event. Accounts can roll forward or cure
 * (roll back). Immutable and thread-safe.
 *
 * @param account the account
 * @param periods the periods, oldest first; only the last may be open
 */
public record BucketHistory(AccountId account, List<BucketPeriod> periods) {
  /** Copies the periods and checks only the last is open. */
  public BucketHistory {
    requireNonNull(account, "account");
    periods = List.copyOf(periods);
    for (int i = 0; i < periods.size() - 1; i++) {
      if (periods.get(i).isCurrent()) {
        throw new IllegalArgumentException("only the last bucket period may be open");
      }
    }
  }

  /**
   * An empty history.
   *
   * @param account the account
   * @return the history
   */
  public static BucketHistory start(AccountId account) {
    return new BucketHistory(account, List.of());
  }

  /**
   * Returns the bucket the account is in now.
   *
   * @return the open period, empty before the first observation
   */
  public Optional<BucketPeriod> current() {
    return periods.isEmpty() || !periods.get(periods.size() - 1).isCurrent()
        ? Optional.empty()
        : Optional.of(periods.get(periods.size() - 1));
  }

  /**
   * Records the account's bucket on a day.
   *
   * @param day the debtor's local date, not before the last observation
   * @param bucket the bucket the account is in on that day
   * @return the new history with a {@link BucketChanged} event when the bucket changed
   */
  public Changed<BucketHistory> observe(LocalDate day, AgingBucket bucket) {
    requireNonNull(day, "day");
    requireNonNull(bucket, "bucket");
    Optional<BucketPeriod> open = current();
    if (open.isPresent() && open.get().bucket().equals(bucket.name())) {
      return Changed.unchanged(this);
    }
    if (open.isPresent() && day.isBefore(open.get().entered())) {
      throw new IllegalArgumentException(
          "account " + account + ": observation on " + day + " is before the last one");
    }
    List<BucketPeriod> next = new ArrayList<>(periods);
    String from = null;
    if (open.isPresent()) {
      from = open.get().bucket();
      next.set(next.size() - 1, new BucketPeriod(from, open.get().entered(), day));
    }
    next.add(new BucketPeriod(bucket.name(), day, null));
    return Changed.of(
        new BucketHistory(account, next), new BucketChanged(account, from, bucket.name(), day));
  }

  /**
   * Returns the bucket the account was in on a day.
   *
   * @param day the day
   * @return the bucket's name, empty before the first observation
   */
  public Optional<String> bucketOn(LocalDate day) {
    for (BucketPeriod p : periods) {
      if (!day.isBefore(p.entered()) && (p.left() == null || day.isBefore(p.left()))) {
        return Optional.of(p.bucket());
      }
    }
    return Optional.empty();
  }
}
