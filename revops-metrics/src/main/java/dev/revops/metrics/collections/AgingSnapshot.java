package dev.revops.metrics.collections;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import java.time.LocalDate;
import java.util.Currency;
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
