package dev.revops.collections.plan;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.revops.core.money.Money;
import java.time.LocalDate;

/**
 * One installment of a payment plan. Immutable.
 *
 * @param number 1 for the first
 * @param dueOn the due date (debtor's local date)
 * @param amount the amount due
 * @param paid what was paid towards it, at most {@code amount}
 */
public record Installment(int number, LocalDate dueOn, Money amount, Money paid) {
  /** Checks the invariants. */
  public Installment {
    requireNonNull(dueOn, "dueOn");
    requireNonNull(amount, "amount");
    requireNonNull(paid, "paid");
    if (paid.isNegative() || paid.isGreaterThan(amount)) {
      throw new IllegalArgumentException(
          "installment " + number + ": paid must be within 0.." + amount);
    }
  }

  /**
   * Returns what is still owed on it.
   *
   * @return amount minus paid
   */
  public Money remaining() {
    return amount.minus(paid);
  }

  /**
   * Tells whether it is fully paid.
   *
   * @return true when nothing remains
   */
  @JsonIgnore // derived, not stored: keeps the JSON form to the components
  public boolean isPaid() {
    return remaining().isZero();
  }
}
