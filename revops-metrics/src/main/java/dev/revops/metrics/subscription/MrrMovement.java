package dev.revops.metrics.subscription;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import java.time.LocalDate;

/**
 * One change in one customer's MRR on one day. Changes of the same customer on the same day are
 * netted into one movement (a plan swap is one expansion or contraction, not a churn and a new).
 * Immutable and thread-safe; null is never accepted.
 *
 * @param date the day the change takes effect
 * @param account the customer
 * @param type the kind of movement
 * @param before the customer's MRR before the change
 * @param after the customer's MRR after the change
 */
public record MrrMovement(
    LocalDate date, AccountId account, MovementType type, Money before, Money after) {

  /** Checks the fields and that the type matches the change. */
  public MrrMovement {
    requireNonNull(date, "date");
    requireNonNull(account, "account");
    requireNonNull(type, "type");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    if (before.isNegative() || after.isNegative()) {
      throw new IllegalArgumentException("MRR cannot be negative (account " + account + ")");
    }
    MovementType expected =
        MovementType.classify(before.minor(), after.minor(), type == MovementType.REACTIVATION);
    if (expected != type) {
      throw new IllegalArgumentException(
          "movement of account "
              + account
              + " from "
              + before
              + " to "
              + after
              + " is not "
              + type);
    }
  }

  /**
   * Returns the size of the movement.
   *
   * @return {@code |after − before|}, above zero
   */
  public Money amount() {
    return after.minus(before).abs();
  }

  /**
   * Returns the signed change.
   *
   * @return {@code after − before}
   */
  public Money delta() {
    return after.minus(before);
  }
}
