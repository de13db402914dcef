package dev.revops.metrics.projection;

import dev.revops.core.money.Money;
import java.util.Currency;

/**
 * The AR changes of some days in one currency: per kind of change, the sum of the amounts (minor
 * units, positive). The balance rule is {@link ReceivableChange#sign()}, used by {@link #net} and
 * by {@link #signed} for one account's balance. Mutable and not thread-safe: one projection or
 * batch owns it.
 */
final class ReceivableSums {
  private final KindSums<ReceivableChange> amounts = new KindSums<>(ReceivableChange.class);

  /** The signed change one event makes to an account's AR balance. */
  static long signed(ReceivableChange change, long amount) {
    return change.sign() * amount;
  }

  /** Records one change (amount in minor units, positive). */
  void record(ReceivableChange change, long amount) {
    amounts.add(change, amount);
  }

  /** Adds another day's (or partition's) changes to these. */
  void add(ReceivableSums other) {
    amounts.addAll(other.amounts);
  }

  /** The sum of one kind of change. */
  long amount(ReceivableChange change) {
    return amounts.get(change);
  }

  /** The change of AR: each kind with its sign. */
  long net() {
    long net = 0;
    for (ReceivableChange c : ReceivableChange.values()) {
      net = Math.addExact(net, signed(c, amount(c)));
    }
    return net;
  }

  /** The report's AR figures, from AR at the start. */
  ReceivableTotals totals(long atStart, Currency currency) {
    return new ReceivableTotals(
        Money.ofMinor(atStart, currency),
        Money.ofMinor(amount(ReceivableChange.ISSUED), currency),
        Money.ofMinor(amount(ReceivableChange.PAID), currency),
        Money.ofMinor(amount(ReceivableChange.CREDITED), currency),
        Money.ofMinor(amount(ReceivableChange.WRITTEN_OFF), currency),
        Money.ofMinor(Math.addExact(atStart, net()), currency));
  }
}
