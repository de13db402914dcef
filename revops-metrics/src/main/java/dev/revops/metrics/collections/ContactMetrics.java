package dev.revops.metrics.collections;

import static java.util.Objects.requireNonNull;

import dev.revops.core.consent.ContactOutcome;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import dev.revops.metrics.internal.Inputs;
import dev.revops.metrics.result.MetricResult;
import dev.revops.metrics.result.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collector and contact KPIs: right-party contact rate, promise-to-pay rate, promise kept rate,
 * collector effectiveness and amount recovered per contact. Vendors divide by different things, so
 * every denominator is an explicit {@link Basis}. Pure functions: stateless and thread-safe.
 */
public final class ContactMetrics {
  private ContactMetrics() {}

  /** What a contact rate divides by. Immutable and thread-safe. */
  public enum Basis {
    /** Every attempt. */
    ATTEMPTS,
    /** Attempts somebody answered. */
    CONNECTS,
    /** Attempts that reached the debtor. */
    RIGHT_PARTY_CONTACTS
  }

  /** Whether the promise kept rate counts promises or money. Immutable and thread-safe. */
  public enum KeptBasis {
    /** Promises kept / promises due. */
    COUNT,
    /** Amount paid against promises due (capped at each promise) / amount promised. */
    AMOUNT
  }

  /**
   * Counts attempts by outcome, so the rates can be computed from counts (e.g. a projection's
   * period report) or from facts alike.
   *
   * @param contacts the attempts
   * @return the count of every outcome (zero included)
   */
  public static Map<ContactOutcome, Long> tally(Collection<ContactFact> contacts) {
    requireNonNull(contacts, "contacts");
    Map<ContactOutcome, Long> counts = new EnumMap<>(ContactOutcome.class);
    for (ContactOutcome o : ContactOutcome.values()) {
      counts.put(o, 0L);
    }
    for (ContactFact c : contacts) {
      counts.merge(c.outcome(), 1L, Long::sum);
    }
    return counts;
  }

  /**
   * A count over the attempts, connects or right-party contacts: {@code formula/basis}, with the
   * count and the base as inputs, undefined when the base is zero.
   */
  private static MetricResult rateOver(
      String formula,
      String words,
      String inputName,
      long numerator,
      Map<ContactOutcome, Long> contacts,
      Basis basis) {
    long base = count(contacts, basis);
    return MetricResult.ratio(
        formula + "/" + key(basis),
        words + " / " + key(basis),
        Unit.RATIO,
        Inputs.create().put(inputName, numerator).put(key(basis), base).build(),
        BigDecimal.valueOf(numerator),
        BigDecimal.valueOf(base),
        BigDecimal.ONE,
        key(basis));
  }

  private static long count(Map<ContactOutcome, Long> outcomes, Basis basis) {
    long total = 0;
    for (Map.Entry<ContactOutcome, Long> e : outcomes.entrySet()) {
      long n = requireNonNull(e.getValue(), "count");
      if (n < 0) {
        throw new IllegalArgumentException("count of " + e.getKey() + " must be >= 0");
      }
      boolean counts =
          switch (basis) {
            case ATTEMPTS -> true;
            case CONNECTS -> e.getKey().isConnected();
            case RIGHT_PARTY_CONTACTS -> e.getKey().isRightPartyContact();
          };
      if (counts) {
        total = Math.addExact(total, n);
      }
    }
    return total;
  }

  private static String key(Basis basis) {
    return switch (basis) {
      case ATTEMPTS -> "attempts";
      case CONNECTS -> "connects";
      case RIGHT_PARTY_CONTACTS -> "rightPartyContacts";
    };
  }

  /**
   * Right-party contact rate = right-party contacts / attempts (or / connects).
   *
   * @param contacts the attempts of the period
   * @param basis {@link Basis#ATTEMPTS} (the default) or {@link Basis#CONNECTS}
   * @return a ratio in {@code [0, 1]}, undefined when the denominator is zero
   */
  public static MetricResult rightPartyContactRate(Collection<ContactFact> contacts, Basis basis) {
    return rightPartyContactRate(tally(contacts), basis);
  }

  /**
   * Right-party contact rate from counts by outcome.
   *
   * @param contacts attempts by outcome (missing outcomes count zero)
   * @param basis {@link Basis#ATTEMPTS} or {@link Basis#CONNECTS}
   * @return a ratio in {@code [0, 1]}, undefined when the denominator is zero
   */
  public static MetricResult rightPartyContactRate(
      Map<ContactOutcome, Long> contacts, Basis basis) {
    requireNonNull(contacts, "contacts");
    requireNonNull(basis, "basis");
    if (basis == Basis.RIGHT_PARTY_CONTACTS) {
      throw new IllegalArgumentException("RPC rate is divided by ATTEMPTS or CONNECTS");
    }
    long rpc = count(contacts, Basis.RIGHT_PARTY_CONTACTS);
    return rateOver("rpc-rate", "right-party contacts", "rightPartyContacts", rpc, contacts, basis);
  }

  /**
   * Promise-to-pay rate = promises / right-party contacts (or / attempts).
   *
   * @param contacts the attempts of the period
   * @param basis {@link Basis#RIGHT_PARTY_CONTACTS} (the default), {@link Basis#CONNECTS} or {@link
   *     Basis#ATTEMPTS}
   * @return a ratio in {@code [0, 1]}, undefined when the denominator is zero
   */
  public static MetricResult promiseToPayRate(Collection<ContactFact> contacts, Basis basis) {
    return promiseToPayRate(tally(contacts), basis);
  }

  /**
   * Promise-to-pay rate from counts by outcome.
   *
   * @param contacts attempts by outcome (missing outcomes count zero)
   * @param basis the denominator
   * @return a ratio in {@code [0, 1]}, undefined when the denominator is zero
   */
  public static MetricResult promiseToPayRate(Map<ContactOutcome, Long> contacts, Basis basis) {
    requireNonNull(contacts, "contacts");
    requireNonNull(basis, "basis");
    long promises = contacts.getOrDefault(ContactOutcome.PROMISE_TO_PAY, 0L);
    return rateOver("ptp-rate", "promises to pay", "promises", promises, contacts, basis);
  }

  /**
   * Promise kept rate over the promises due before a day.
   *
   * @param promises the promises
   * @param asOf promises due before this day count; later ones are still open
   * @param basis by count or by amount
   * @return a ratio in {@code [0, 1]}, undefined when no promise is due
   */
  public static MetricResult promiseKeptRate(
      Collection<PromiseFact> promises, LocalDate asOf, KeptBasis basis) {
    requireNonNull(promises, "promises");
    requireNonNull(asOf, "asOf");
    requireNonNull(basis, "basis");
    long due = 0;
    long kept = 0;
    BigDecimal promised = BigDecimal.ZERO;
    BigDecimal paid = BigDecimal.ZERO;
    Currency currency = null;
    for (PromiseFact p : promises) {
      if (!p.dueOn().isBefore(asOf)) {
        continue;
      }
      if (currency == null) {
        currency = p.promised().currency();
      }
      CollectionsMetrics.same(Money.zero(currency), p.promised());
      due++;
      if (p.kept()) {
        kept++;
      }
      promised = promised.add(p.promised().amount());
      paid = paid.add(p.paid().min(p.promised()).amount());
    }
    if (basis == KeptBasis.COUNT) {
      return MetricResult.ratio(
          "ptp-kept-rate/count",
          "promises kept / promises due",
          Unit.RATIO,
          Inputs.create().put("promisesKept", kept).put("promisesDue", due).build(),
          BigDecimal.valueOf(kept),
          BigDecimal.valueOf(due),
          BigDecimal.ONE,
          "promises due");
    }
    return MetricResult.ratio(
        "ptp-kept-rate/amount",
        "amount paid against promises due (capped at each promise) / amount promised",
        Unit.RATIO,
        Inputs.create().put("paid", paid).put("promised", promised).build(),
        paid,
        promised,
        BigDecimal.ONE,
        "amount promised");
  }

  /**
   * Collector effectiveness per collector = collected / assigned past-due balance.
   *
   * @param assignments the assignments of the period
   * @return one result per collector, by collector id
   */
  public static Map<UserId, MetricResult> collectorEffectiveness(
      Collection<CollectorAssignment> assignments) {
    requireNonNull(assignments, "assignments");
    Map<UserId, BigDecimal[]> sums = new TreeMap<>(java.util.Comparator.comparing(UserId::value));
    Currency currency = null;
    for (CollectorAssignment a : assignments) {
      if (currency == null) {
        currency = a.assigned().currency();
      }
      CollectionsMetrics.same(Money.zero(currency), a.assigned());
      BigDecimal[] s =
          sums.computeIfAbsent(
              a.collector(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      s[0] = s[0].add(a.collected().amount());
      s[1] = s[1].add(a.assigned().amount());
    }
    Map<UserId, MetricResult> result = new LinkedHashMap<>();
    sums.forEach(
        (collector, s) ->
            result.put(
                collector,
                MetricResult.ratio(
                    "collector-effectiveness",
                    "collected / assigned past-due balance",
                    Unit.RATIO,
                    Inputs.create().put("collected", s[0]).put("assigned", s[1]).build(),
                    s[0],
                    s[1],
                    BigDecimal.ONE,
                    "assigned balance")));
    return java.util.Collections.unmodifiableMap(result);
  }

  /**
   * Amount recovered per contact = recovered / contacts counted on the given basis.
   *
   * @param recovered the amount recovered in the period
   * @param contacts the attempts of the period
   * @param basis which contacts to count
   * @return an amount, undefined when no contact counts
   */
  public static MetricResult amountRecoveredPerContact(
      Money recovered, Collection<ContactFact> contacts, Basis basis) {
    return amountRecoveredPerContact(recovered, tally(contacts), basis);
  }

  /**
   * Amount recovered per contact from counts by outcome.
   *
   * @param recovered the amount recovered in the period
   * @param contacts attempts by outcome (missing outcomes count zero)
   * @param basis which contacts to count
   * @return an amount, undefined when no contact counts
   */
  public static MetricResult amountRecoveredPerContact(
      Money recovered, Map<ContactOutcome, Long> contacts, Basis basis) {
    requireNonNull(recovered, "recovered");
    requireNonNull(contacts, "contacts");
    requireNonNull(basis, "basis");
    long base = count(contacts, basis);
    return MetricResult.amount(
        "amount-recovered-per-contact/" + key(basis),
        "recovered / " + key(basis),
        recovered.currency(),
        Inputs.create().put("recovered", recovered).put(key(basis), base).build(),
        base == 0 ? null : MetricResult.divide(recovered.amount(), BigDecimal.valueOf(base)),
        key(basis) + " is zero");
  }
}
