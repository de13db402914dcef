package dev.revops.billing.billrun;

import dev.revops.billing.invoice.LineType;
import dev.revops.core.money.Money;
import java.time.LocalDate;

/**
 * What should be billed for one {@link ChargeKey}: the amount, the kind of line it makes when
 * billed for the first time, and the day it is due. Immutable and thread-safe.
 *
 * @param amount the amount
 * @param type the line's type when nothing was billed for the key yet
 * @param due the day it is due
 */
record Charge(Money amount, LineType type, LocalDate due) {
  /**
   * Adds another share for the same key: the amounts add up, the first share's type and due day
   * stay.
   *
   * @param other the other share
   * @return the sum
   */
  Charge plus(Charge other) {
    return new Charge(amount.plus(other.amount), type, due);
  }
}
