package dev.revops.metrics.collections;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.receivable.AgingBuckets;
import dev.revops.core.receivable.Receivable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Open receivables aged on one day: the balance per bucket (receivable by receivable), and each
 * account's bucket (its most past-due receivable) and balance. Immutable and thread-safe; null is
 * never accepted.
 *
 * @param asOf the day
 * @param buckets the buckets used
 * @param currency the currency
 * @param bucketBalances the balance in each bucket, in bucket order
 * @param accounts every account with an open balance
 */
public record AgingSnapshot(
    LocalDate asOf,
    AgingBuckets buckets,
    Currency currency,
    List<Money> bucketBalances,
    Map<AccountId, AccountAging> accounts) {

  /** Checks the fields and copies the collections. */
  public AgingSnapshot {
    requireNonNull(asOf, "asOf");
    requireNonNull(buckets, "buckets");
    requireNonNull(currency, "currency");
    bucketBalances = List.copyOf(bucketBalances);
    accounts = Map.copyOf(accounts);
    if (bucketBalances.size() != buckets.buckets().size()) {
      throw new IllegalArgumentException("one balance per bucket is needed");
    }
  }

  /**
   * Ages open receivables into buckets as of a day: per bucket the amount due, per account its
   * worst bucket and its balance. Settled receivables count nowhere.
   *
   * @param buckets the buckets (for example {@link AgingBuckets#standard()})
   * @param receivables the receivables, all in {@code currency}
   * @param asOf the day the ages are counted to
   * @param currency the book's currency
   * @return the snapshot
   * @throws dev.revops.core.error.CurrencyMismatchException when a receivable is in another
   *     currency
   */
  public static AgingSnapshot of(
      AgingBuckets buckets, Collection<Receivable> receivables, LocalDate asOf, Currency currency) {
    requireNonNull(buckets, "buckets");
    requireNonNull(receivables, "receivables");
    requireNonNull(asOf, "asOf");
    requireNonNull(currency, "currency");
    long[] byBucket = new long[buckets.buckets().size()];
    Map<AccountId, long[]> accounts = new HashMap<>();
    for (Receivable r : receivables) {
      CollectionsMetrics.same(Money.zero(currency), r.amountDue());
      if (r.isSettled()) {
        continue;
      }
      int index = buckets.indexFor(r.daysPastDue(asOf));
      byBucket[index] = Math.addExact(byBucket[index], r.amountDue().minor());
      long[] acc = accounts.computeIfAbsent(r.account(), a -> new long[] {0, 0});
      acc[0] = Math.max(acc[0], index);
      acc[1] = Math.addExact(acc[1], r.amountDue().minor());
    }
    List<Money> totals = new ArrayList<>();
    for (long minor : byBucket) {
      totals.add(Money.ofMinor(minor, currency));
    }
    Map<AccountId, AccountAging> byAccount = new HashMap<>();
    accounts.forEach(
        (a, v) -> byAccount.put(a, new AccountAging((int) v[0], Money.ofMinor(v[1], currency))));
    return new AgingSnapshot(asOf, buckets, currency, totals, byAccount);
  }

  /**
   * Returns the total open balance.
   *
   * @return the sum of the bucket balances
   */
  public Money total() {
    Money sum = Money.zero(currency);
    for (Money m : bucketBalances) {
      sum = sum.plus(m);
    }
    return sum;
  }

  /**
   * Returns the balance not yet past due (the first bucket).
   *
   * @return the current balance
   */
  public Money current() {
    return bucketBalances.get(0);
  }

  /**
   * One account's place in the aging.
   *
   * @param bucket the index of the bucket of its most past-due open receivable
   * @param balance its total open balance
   */
  public record AccountAging(int bucket, Money balance) {
    /** Checks the fields. */
    public AccountAging {
      requireNonNull(balance, "balance");
      if (bucket < 0) {
        throw new IllegalArgumentException("bucket index must be >= 0");
      }
    }
  }
}
