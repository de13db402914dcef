package dev.revops.metrics.collections;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.receivable.Receivable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered set of contiguous days-past-due buckets that covers every day from 0 on, and the aging
 * of receivables into them. Immutable and thread-safe.
 */
public final class AgingBuckets {
  /** The usual buckets: current, 1-30, 31-60, 61-90, 91-120, 120+. */
  public static final AgingBuckets STANDARD =
      new AgingBuckets(
          List.of(
              new AgingBucket("current", 0, 0L),
              new AgingBucket("1-30", 1, 30L),
              new AgingBucket("31-60", 31, 60L),
              new AgingBucket("61-90", 61, 90L),
              new AgingBucket("91-120", 91, 120L),
              new AgingBucket("120+", 121, null)));

  private final List<AgingBucket> buckets;

  /**
   * Makes buckets from ranges.
   *
   * @param buckets ranges in order, the first starting at 0, each starting the day after the
   *     previous ends, the last open-ended
   * @throws IllegalArgumentException naming the bucket that breaks the rule
   */
  public AgingBuckets(List<AgingBucket> buckets) {
    requireNonNull(buckets, "buckets");
    if (buckets.isEmpty()) {
      throw new IllegalArgumentException("at least one bucket is needed");
    }
    long next = 0;
    for (int i = 0; i < buckets.size(); i++) {
      AgingBucket b = buckets.get(i);
      if (b.minDays() != next) {
        throw new IllegalArgumentException(
            "bucket " + b.name() + " must start at day " + next + " (buckets must be contiguous)");
      }
      boolean last = i == buckets.size() - 1;
      if (last != (b.maxDays() == null)) {
        throw new IllegalArgumentException(
            "only the last bucket is open-ended (bucket " + b.name() + ")");
      }
      next = last ? next : b.maxDays() + 1;
    }
    this.buckets = List.copyOf(buckets);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AgingBuckets b && b.buckets.equals(buckets);
  }

  @Override
  public int hashCode() {
    return buckets.hashCode();
  }

  @Override
  public String toString() {
    return "AgingBuckets" + buckets;
  }

  /**
   * Returns the buckets.
   *
   * @return the buckets in order, unmodifiable
   */
  public List<AgingBucket> buckets() {
    return buckets;
  }

  /**
   * Returns the index of the bucket a number of days past due falls in.
   *
   * @param daysPastDue days past due, at least 0
   * @return the index
   */
  public int indexOf(long daysPastDue) {
    if (daysPastDue < 0) {
      throw new IllegalArgumentException("daysPastDue must be >= 0");
    }
    for (int i = 0; i < buckets.size(); i++) {
      if (buckets.get(i).contains(daysPastDue)) {
        return i;
      }
    }
    throw new IllegalStateException("buckets cover every day");
  }

  /**
   * Ages open receivables on a day. A receivable goes into the bucket of its own days past due; an
   * account goes into the bucket of its most past-due open receivable, with its total balance.
   *
   * @param receivables the receivables; settled ones are ignored
   * @param asOf the day (in the debtors' time zone)
   * @param currency the currency every receivable must have
   * @return the snapshot
   */
  public AgingSnapshot snapshot(
      Collection<Receivable> receivables, LocalDate asOf, Currency currency) {
    requireNonNull(receivables, "receivables");
    requireNonNull(asOf, "asOf");
    requireNonNull(currency, "currency");
    long[] byBucket = new long[buckets.size()];
    Map<AccountId, long[]> accounts = new HashMap<>();
    for (Receivable r : receivables) {
      CollectionsMetrics.same(Money.zero(currency), r.amountDue());
      if (r.isSettled()) {
        continue;
      }
      int index = indexOf(r.daysPastDue(asOf));
      byBucket[index] = Math.addExact(byBucket[index], r.amountDue().minor());
      long[] acc = accounts.computeIfAbsent(r.account(), a -> new long[] {0, 0});
      acc[0] = Math.max(acc[0], index);
      acc[1] = Math.addExact(acc[1], r.amountDue().minor());
    }
    List<Money> totals = new ArrayList<>();
    for (long minor : byBucket) {
      totals.add(Money.ofMinor(minor, currency));
    }
    Map<AccountId, AgingSnapshot.AccountAging> byAccount = new HashMap<>();
    accounts.forEach(
        (a, v) ->
            byAccount.put(
                a, new AgingSnapshot.AccountAging((int) v[0], Money.ofMinor(v[1], currency))));
    return new AgingSnapshot(asOf, this, currency, totals, byAccount);
  }
}
