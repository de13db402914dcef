package dev.revops.collections.aging;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.receivable.AgingBuckets;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Roll rates between two aging snapshots taken one period apart: for each bucket k, the balance in
 * bucket k+1 now divided by the balance in bucket k a period earlier (how much rolled forward).
 * Buckets with nothing a period earlier have no rate. Stateless and thread-safe.
 */
public final class RollRates {
  private RollRates() {}

  /**
   * Computes roll rates in one currency.
   *
   * @param earlier the snapshot a period ago
   * @param now the snapshot now
   * @param buckets the buckets both were computed with
   * @param currency the currency
   * @return bucket name (the "from" bucket) to roll rate, in bucket order
   */
  public static Map<String, Percentage> of(
      PortfolioAging earlier, PortfolioAging now, AgingBuckets buckets, Currency currency) {
    requireNonNull(earlier, "earlier");
    requireNonNull(now, "now");
    requireNonNull(currency, "currency");
    List<String> names = buckets.names();
    Map<String, Percentage> out = new LinkedHashMap<>();
    for (int k = 0; k < names.size() - 1; k++) {
      Money before = earlier.total(names.get(k), currency);
      if (before.isPositive()) {
        Money after = now.total(names.get(k + 1), currency);
        out.put(names.get(k), Percentage.ratio(after.minor(), before.minor()));
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }
}
