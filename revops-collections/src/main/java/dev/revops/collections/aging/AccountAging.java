package dev.revops.collections.aging;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;

/**
 * One account's aging: the amounts it owes per bucket and currency, and its worst bucket (the most
 * overdue unpaid receivable decides, as in Odoo's follow-up). Immutable.
 *
 * @param account the account
 * @param asOf the debtor's local date the aging was computed for
 * @param bucket the bucket of the most overdue unpaid receivable (the first bucket when nothing is
 *     owed)
 * @param maxDaysPastDue days past due of the most overdue unpaid receivable
 * @param amounts bucket name to currency to amount owed, buckets in order; only non-empty buckets
 */
public record AccountAging(
    AccountId account,
    LocalDate asOf,
    String bucket,
    long maxDaysPastDue,
    Map<String, Map<Currency, Money>> amounts) {
  /** Checks and copies the fields. */
  public AccountAging {
    requireNonNull(account, "account");
    requireNonNull(asOf, "asOf");
    requireNonNull(bucket, "bucket");
    amounts = AgingReport.freeze(amounts);
  }

  /**
   * Returns the amount owed in a bucket and currency.
   *
   * @param bucketName the bucket
   * @param currency the currency
   * @return the amount, zero when none
   */
  public Money amount(String bucketName, Currency currency) {
    return amounts.getOrDefault(bucketName, Map.of()).getOrDefault(currency, Money.zero(currency));
  }
}
