package dev.revops.metrics.projection;

import dev.revops.core.money.Money;
import dev.revops.metrics.subscription.MovementType;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;

/**
 * The MRR movements of some days in one currency: per kind, the sum of the amounts (minor units,
 * positive) and how many movements there were. Holds the two rules every report uses: a movement
 * adds to MRR when {@link MovementType#isGain()} and subtracts otherwise ({@link #netMrr}), and a
 * customer is gained by new business or reactivation and lost by churn ({@link #netCustomers}).
 * Mutable and not thread-safe: one projection or batch owns it.
 */
final class MovementSums {
  private static final int KINDS = MovementType.values().length;

  private final KindSums<MovementType> amounts = new KindSums<>(MovementType.class);
  private final long[] counts = new long[KINDS];

  /** Records one movement of a kind and an amount (minor units, positive). */
  void record(MovementType type, long amount) {
    amounts.add(type, amount);
    counts[type.ordinal()]++;
  }

  /** Adds another day's (or partition's) movements to these. */
  void add(MovementSums other) {
    amounts.addAll(other.amounts);
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
  }

  /** The sum of one kind's amounts. */
  long amount(MovementType type) {
    return amounts.get(type);
  }

  /** How many movements of one kind. */
  long count(MovementType type) {
    return counts[type.ordinal()];
  }

  /** The change of MRR: gains minus losses. */
  long netMrr() {
    long net = 0;
    for (MovementType t : MovementType.values()) {
      net = Math.addExact(net, t.isGain() ? amount(t) : -amount(t));
    }
    return net;
  }

  /** The change of paying customers: new business plus reactivations minus churns. */
  long netCustomers() {
    return count(MovementType.NEW_BUSINESS)
        + count(MovementType.REACTIVATION)
        - count(MovementType.CHURN);
  }

  /** The report's MRR figures, from MRR at the start. */
  MrrTotals totals(long mrrAtStart, Currency currency) {
    return new MrrTotals(
        Money.ofMinor(mrrAtStart, currency),
        money(MovementType.NEW_BUSINESS, currency),
        money(MovementType.EXPANSION, currency),
        money(MovementType.CONTRACTION, currency),
        money(MovementType.CHURN, currency),
        money(MovementType.REACTIVATION, currency),
        Money.ofMinor(Math.addExact(mrrAtStart, netMrr()), currency));
  }

  private Money money(MovementType type, Currency currency) {
    return Money.ofMinor(amount(type), currency);
  }

  /** The report's movement counts, every kind present. */
  Map<MovementType, Long> counts() {
    Map<MovementType, Long> byType = new EnumMap<>(MovementType.class);
    for (MovementType t : MovementType.values()) {
      byType.put(t, count(t));
    }
    return byType;
  }
}
