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
  private long newBusiness;
  private long expansion;
  private long contraction;
  private long churn;
  private long reactivation;
  private long newBusinessCount;
  private long expansionCount;
  private long contractionCount;
  private long churnCount;
  private long reactivationCount;

  /** Records one movement of a kind and an amount (minor units, positive). */
  void record(MovementType type, long amount) {
    switch (type) {
      case NEW_BUSINESS -> {
        newBusiness = Math.addExact(newBusiness, amount);
        newBusinessCount++;
      }
      case EXPANSION -> {
        expansion = Math.addExact(expansion, amount);
        expansionCount++;
      }
      case CONTRACTION -> {
        contraction = Math.addExact(contraction, amount);
        contractionCount++;
      }
      case CHURN -> {
        churn = Math.addExact(churn, amount);
        churnCount++;
      }
      case REACTIVATION -> {
        reactivation = Math.addExact(reactivation, amount);
        reactivationCount++;
      }
    }
  }

  /** Adds another day's (or partition's) movements to these. */
  void add(MovementSums other) {
    newBusiness = Math.addExact(newBusiness, other.newBusiness);
    expansion = Math.addExact(expansion, other.expansion);
    contraction = Math.addExact(contraction, other.contraction);
    churn = Math.addExact(churn, other.churn);
    reactivation = Math.addExact(reactivation, other.reactivation);
    newBusinessCount += other.newBusinessCount;
    expansionCount += other.expansionCount;
    contractionCount += other.contractionCount;
    churnCount += other.churnCount;
    reactivationCount += other.reactivationCount;
  }

  /** The sum of one kind's amounts. */
  long amount(MovementType type) {
    return switch (type) {
      case NEW_BUSINESS -> newBusiness;
      case EXPANSION -> expansion;
      case CONTRACTION -> contraction;
      case CHURN -> churn;
      case REACTIVATION -> reactivation;
    };
  }

  /** How many movements of one kind. */
  long count(MovementType type) {
    return switch (type) {
      case NEW_BUSINESS -> newBusinessCount;
      case EXPANSION -> expansionCount;
      case CONTRACTION -> contractionCount;
      case CHURN -> churnCount;
      case REACTIVATION -> reactivationCount;
    };
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
    return newBusinessCount + reactivationCount - churnCount;
  }

  /** The report's MRR figures, from MRR at the start. */
  MrrTotals totals(long mrrAtStart, Currency currency) {
    return new MrrTotals(
        Money.ofMinor(mrrAtStart, currency),
        Money.ofMinor(newBusiness, currency),
        Money.ofMinor(expansion, currency),
        Money.ofMinor(contraction, currency),
        Money.ofMinor(churn, currency),
        Money.ofMinor(reactivation, currency),
        Money.ofMinor(Math.addExact(mrrAtStart, netMrr()), currency));
  }

  /** The report's movement counts, every kind present. */
  Map<MovementType, Long> counts() {
    Map<MovementType, Long> counts = new EnumMap<>(MovementType.class);
    for (MovementType t : MovementType.values()) {
      counts.put(t, count(t));
    }
    return counts;
  }
}
