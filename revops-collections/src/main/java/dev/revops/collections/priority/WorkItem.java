package dev.revops.collections.priority;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An account in a work queue with its expected recovery value: balance times probability of
 * payment, discounted by age (halved every {@code halfLifeDays} past due). Immutable.
 *
 * @param account the account
 * @param balance what it owes
 * @param probability the probability of payment, 0 to 1
 * @param daysPastDue days past due
 * @param expectedValue the expected recovery value
 */
public record WorkItem(
    AccountId account, Money balance, double probability, long daysPastDue, Money expectedValue) {
  /** The default age half-life: an account 90 days older is worth half as much to work. */
  public static final int DEFAULT_HALF_LIFE_DAYS = 90;

  /** Checks the fields. */
  public WorkItem {
    requireNonNull(account, "account");
    requireNonNull(balance, "balance");
    requireNonNull(expectedValue, "expectedValue");
  }

  /**
   * Values an account.
   *
   * @param account the account
   * @param balance the balance
   * @param probability the probability of payment
   * @param daysPastDue days past due
   * @param halfLifeDays days past due that halve the value, above zero
   * @return the item
   */
  public static WorkItem value(
      AccountId account, Money balance, double probability, long daysPastDue, int halfLifeDays) {
    if (!(probability >= 0 && probability <= 1) || halfLifeDays <= 0 || daysPastDue < 0) {
      throw new IllegalArgumentException(
          "probability must be within 0..1, halfLifeDays > 0, daysPastDue >= 0");
    }
    double factor = probability * Math.pow(0.5, (double) daysPastDue / halfLifeDays);
    Money expected = balance.times(new BigDecimal(factor), RoundingMode.HALF_EVEN);
    return new WorkItem(account, balance, probability, daysPastDue, expected);
  }
}
