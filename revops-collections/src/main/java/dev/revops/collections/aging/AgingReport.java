package dev.revops.collections.aging;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.receivable.AgingBuckets;
import dev.revops.core.receivable.Receivable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Builds aging reports from receivables of any billing system: per account and per portfolio,
 * amounts per bucket per currency, days past due in each debtor's zone. Settled receivables are
 * left out. Pure functions; stateless and thread-safe.
 */
public final class AgingReport {
  private static final Comparator<Currency> BY_CODE =
      Comparator.comparing(Currency::getCurrencyCode);

  private AgingReport() {}

  /**
   * Ages one account.
   *
   * @param account the account
   * @param receivables its receivables (others are rejected)
   * @param debtorZone the account's zone
   * @param at the instant
   * @param buckets the buckets
   * @return the account's aging
   */
  public static AccountAging account(
      AccountId account,
      List<Receivable> receivables,
      ZoneId debtorZone,
      Instant at,
      AgingBuckets buckets) {
    requireNonNull(account, "account");
    requireNonNull(buckets, "buckets");
    LocalDate today = Aging.debtorDate(at, debtorZone);
    Map<String, Map<Currency, Money>> amounts = new LinkedHashMap<>();
    long worst = 0;
    for (Receivable r : receivables) {
      if (!r.account().equals(account)) {
        throw new IllegalArgumentException(
            "receivable " + r.id() + " belongs to " + r.account() + ", not " + account);
      }
      if (r.isSettled()) {
        continue;
      }
      long dpd = r.daysPastDue(today);
      worst = Math.max(worst, dpd);
      add(amounts, buckets.bucketFor(dpd).name(), r.amountDue());
    }
    return new AccountAging(
        account, today, buckets.bucketFor(worst).name(), worst, ordered(amounts, buckets));
  }

  /**
   * Ages a portfolio.
   *
   * @param receivables every receivable
   * @param zoneOf each account's zone
   * @param at the instant
   * @param buckets the buckets
   * @return the totals and every account with something owed
   */
  public static PortfolioAging portfolio(
      List<Receivable> receivables,
      Function<AccountId, ZoneId> zoneOf,
      Instant at,
      AgingBuckets buckets) {
    Map<AccountId, List<Receivable>> byAccount =
        new TreeMap<>(Comparator.comparing(AccountId::value));
    for (Receivable r : receivables) {
      if (!r.isSettled()) {
        byAccount.computeIfAbsent(r.account(), a -> new ArrayList<>()).add(r);
      }
    }
    Map<String, Map<Currency, Money>> totals = new LinkedHashMap<>();
    List<AccountAging> accounts = new ArrayList<>();
    for (Map.Entry<AccountId, List<Receivable>> e : byAccount.entrySet()) {
      AccountAging a =
          account(
              e.getKey(),
              e.getValue(),
              requireNonNull(zoneOf.apply(e.getKey()), "zone"),
              at,
              buckets);
      accounts.add(a);
      a.amounts()
          .forEach(
              (bucket, byCurrency) -> byCurrency.values().forEach(m -> add(totals, bucket, m)));
    }
    return new PortfolioAging(at, ordered(totals, buckets), accounts);
  }

  private static void add(Map<String, Map<Currency, Money>> into, String bucket, Money amount) {
    into.computeIfAbsent(bucket, b -> new TreeMap<>(BY_CODE))
        .merge(amount.currency(), amount, Money::plus);
  }

  private static Map<String, Map<Currency, Money>> ordered(
      Map<String, Map<Currency, Money>> amounts, AgingBuckets buckets) {
    Map<String, Map<Currency, Money>> out = new LinkedHashMap<>();
    for (String name : buckets.names()) {
      if (amounts.containsKey(name)) {
        out.put(name, amounts.get(name));
      }
    }
    return out;
  }

  static Map<String, Map<Currency, Money>> freeze(Map<String, Map<Currency, Money>> amounts) {
    Map<String, Map<Currency, Money>> copy = new LinkedHashMap<>();
    amounts.forEach(
        (k, v) -> {
          Map<Currency, Money> inner = new TreeMap<>(BY_CODE);
          inner.putAll(v);
          copy.put(k, Collections.unmodifiableMap(inner));
        });
    return Collections.unmodifiableMap(copy);
  }
}
