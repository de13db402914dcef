package dev.revops.collections.aging;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * A portfolio's aging: totals per bucket and currency (currencies are never added together) and
 * every account's aging. Immutable.
 *
 * @param at the instant it was computed for (each account ages in its own zone)
 * @param totals bucket name to currency to total owed, buckets in order
 * @param accounts every account with something owed, ordered by account id
 */
public record PortfolioAging(
    Instant at, Map<String, Map<Currency, Money>> totals, List<AccountAging> accounts) {
  /** Checks and copies the fields. */
  public PortfolioAging {
    requireNonNull(at, "at");
    totals = AgingReport.freeze(totals);
    accounts = List.copyOf(accounts);
  }

  /**
   * Returns the total in a bucket and currency.
   *
   * @param bucketName the bucket
   * @param currency the currency
   * @return the total, zero when none
   */
  public Money total(String bucketName, Currency currency) {
    return totals.getOrDefault(bucketName, Map.of()).getOrDefault(currency, Money.zero(currency));
  }
}
