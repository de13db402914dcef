package dev.revops.metrics.subscription;

import static java.util.Objects.requireNonNull;

import dev.revops.core.error.CurrencyMismatchException;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The MRR history of a book of customers, computed in batch from subscription facts: every MRR
 * movement per customer and day, and each customer's MRR on any day.
 *
 * <p>Rules (ChartMogul's MRR movements): a customer's MRR on a day is the sum of the normalised MRR
 * of their facts active that day; a change is new business when the customer never paid before,
 * reactivation when they did, churn only when their MRR goes to zero (their last paid subscription
 * ended), otherwise expansion or contraction. Same-day changes of one customer are netted.
 *
 * <p>Immutable and thread-safe once built. All amounts are in one currency.
 */
public final class MrrBook {
  private static final Comparator<MrrMovement> ORDER =
      Comparator.comparing(MrrMovement::date)
          .thenComparing(m -> m.account().value(), Comparator.naturalOrder());

  private final Currency currency;
  private final List<MrrMovement> movements;
  private final Map<AccountId, NavigableMap<LocalDate, Long>> mrrFrom;

  private MrrBook(
      Currency currency,
      List<MrrMovement> movements,
      Map<AccountId, NavigableMap<LocalDate, Long>> mrrFrom) {
    this.currency = currency;
    this.movements = Collections.unmodifiableList(movements);
    this.mrrFrom = mrrFrom;
  }

  /**
   * Builds the book from subscription facts, weekly plans normalised with {@link
   * WeeklyNormalisation#DEFAULT} ({@code × 365/84}).
   *
   * @param facts every subscription fact of the book; order does not matter
   * @param currency the reporting currency; every fact must be priced in it
   * @return the book
   * @throws CurrencyMismatchException when a fact has another currency
   */
  public static MrrBook of(Collection<SubscriptionFact> facts, Currency currency) {
    return of(facts, currency, WeeklyNormalisation.DEFAULT);
  }

  /**
   * Builds the book from subscription facts, weekly plans normalised as chosen.
   *
   * @param facts every subscription fact of the book; order does not matter
   * @param currency the reporting currency; every fact must be priced in it
   * @param weekly how a weekly price becomes a monthly one
   * @return the book
   * @throws CurrencyMismatchException when a fact has another currency
   */
  public static MrrBook of(
      Collection<SubscriptionFact> facts, Currency currency, WeeklyNormalisation weekly) {
    requireNonNull(facts, "facts");
    requireNonNull(currency, "currency");
    requireNonNull(weekly, "weekly");
    Map<AccountId, TreeMap<LocalDate, Long>> deltas = new HashMap<>();
    for (SubscriptionFact fact : facts) {
      if (!fact.price().currency().equals(currency)) {
        throw new CurrencyMismatchException(currency, fact.price().currency());
      }
      long mrr = fact.mrr(weekly).minor();
      if (mrr == 0) {
        continue;
      }
      TreeMap<LocalDate, Long> byDay = deltas.computeIfAbsent(fact.account(), a -> new TreeMap<>());
      byDay.merge(fact.start(), mrr, Math::addExact);
      if (fact.end() != null) {
        byDay.merge(fact.end(), -mrr, Math::addExact);
      }
    }
    return ofDeltas(deltas, currency);
  }

  /**
   * Builds the book from each account's MRR changes by day (the signed change on each day).
   *
   * @param deltas per account, the signed MRR change in minor units on each day
   * @param currency the currency
   * @return the book
   * @throws IllegalArgumentException when an account's MRR would go below zero
   */
  public static MrrBook ofDeltas(
      Map<AccountId, ? extends NavigableMap<LocalDate, Long>> deltas, Currency currency) {
    List<MrrMovement> movements = new ArrayList<>();
    Map<AccountId, NavigableMap<LocalDate, Long>> levels = new HashMap<>();
    for (Map.Entry<AccountId, ? extends NavigableMap<LocalDate, Long>> e : deltas.entrySet()) {
      AccountId account = e.getKey();
      long mrr = 0;
      boolean paid = false;
      TreeMap<LocalDate, Long> level = new TreeMap<>();
      for (Map.Entry<LocalDate, Long> day : e.getValue().entrySet()) {
        long delta = day.getValue();
        if (delta == 0) {
          continue;
        }
        long after = Math.addExact(mrr, delta);
        if (after < 0) {
          throw new IllegalArgumentException(
              "MRR of account " + account + " goes below zero on " + day.getKey());
        }
        MovementType type = MovementType.classify(mrr, after, paid);
        movements.add(
            new MrrMovement(
                day.getKey(),
                account,
                type,
                Money.ofMinor(mrr, currency),
                Money.ofMinor(after, currency)));
        level.put(day.getKey(), after);
        mrr = after;
        paid = true;
      }
      if (!level.isEmpty()) {
        levels.put(account, level);
      }
    }
    movements.sort(ORDER);
    return new MrrBook(currency, movements, levels);
  }

  /**
   * Returns the currency.
   *
   * @return the reporting currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns every movement, by day then account.
   *
   * @return the movements, unmodifiable
   */
  public List<MrrMovement> movements() {
    return movements;
  }

  /**
   * Returns the movements in a period.
   *
   * @param period the period
   * @return the movements dated in it, by day then account
   */
  public List<MrrMovement> movements(DateRange period) {
    requireNonNull(period, "period");
    return movements.stream().filter(m -> period.contains(m.date())).toList();
  }

  /**
   * Returns the accounts that ever paid.
   *
   * @return the accounts, unmodifiable
   */
  public Set<AccountId> accounts() {
    return Collections.unmodifiableSet(mrrFrom.keySet());
  }

  /**
   * Returns one customer's MRR at the start of a day, before that day's movements.
   *
   * @param account the customer
   * @param day the day
   * @return the MRR, zero for an unknown customer
   */
  public Money mrrAt(AccountId account, LocalDate day) {
    return Money.ofMinor(minorAt(account, day), currency);
  }

  private long minorAt(AccountId account, LocalDate day) {
    NavigableMap<LocalDate, Long> level = mrrFrom.get(account);
    if (level == null) {
      return 0;
    }
    Map.Entry<LocalDate, Long> e = level.lowerEntry(day);
    return e == null ? 0 : e.getValue();
  }

  /**
   * Returns the book's MRR at the start of a day, before that day's movements.
   *
   * @param day the day
   * @return the total MRR
   */
  public Money mrrAt(LocalDate day) {
    long total = 0;
    for (AccountId account : mrrFrom.keySet()) {
      total = Math.addExact(total, minorAt(account, day));
    }
    return Money.ofMinor(total, currency);
  }

  /**
   * Returns the paying customers at the start of a day.
   *
   * @param day the day
   * @return the accounts with MRR above zero
   */
  public Set<AccountId> customersAt(LocalDate day) {
    Set<AccountId> result = new HashSet<>();
    for (AccountId account : mrrFrom.keySet()) {
      if (minorAt(account, day) > 0) {
        result.add(account);
      }
    }
    return result;
  }

  /**
   * Sums the movements of a period.
   *
   * @param period the period {@code [start, end)}
   * @return the summary, which always reconciles
   */
  public MovementSummary summary(DateRange period) {
    requireNonNull(period, "period");
    long[] sums = new long[MovementType.values().length];
    Set<AccountId> atStart = customersAt(period.start());
    Set<AccountId> churned = new HashSet<>();
    Set<AccountId> reactivated = new HashSet<>();
    long newCustomers = 0;
    for (MrrMovement m : movements(period)) {
      sums[m.type().ordinal()] = Math.addExact(sums[m.type().ordinal()], m.amount().minor());
      switch (m.type()) {
        case NEW_BUSINESS -> newCustomers++;
        case REACTIVATION -> reactivated.add(m.account());
        case CHURN -> churned.add(m.account());
        default -> {
          // expansion and contraction change no count
        }
      }
    }
    long churnedFromStart = churned.stream().filter(atStart::contains).count();
    return new MovementSummary(
        period,
        mrrAt(period.start()),
        money(sums, MovementType.NEW_BUSINESS),
        money(sums, MovementType.EXPANSION),
        money(sums, MovementType.CONTRACTION),
        money(sums, MovementType.CHURN),
        money(sums, MovementType.REACTIVATION),
        mrrAt(period.end()),
        atStart.size(),
        customersAt(period.end()).size(),
        newCustomers,
        reactivated.size(),
        churned.size(),
        churnedFromStart);
  }

  private Money money(long[] sums, MovementType type) {
    return Money.ofMinor(sums[type.ordinal()], currency);
  }
}
