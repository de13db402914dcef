package dev.revops.collections.priority;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;

/**
 * What the propensity model and the segmentation read about an account's payment behaviour.
 * Immutable.
 *
 * @param account the account
 * @param balance what it owes now
 * @param daysPastDue days past due of its oldest unpaid receivable
 * @param invoicesPaidOnTime invoices paid by their due date
 * @param invoicesPaidLate invoices paid after their due date
 * @param promisesKept promises to pay kept
 * @param promisesBroken promises to pay broken or partly kept
 * @param contactAttempts contact attempts placed
 * @param rightPartyContacts attempts that reached the debtor
 * @param monthsAsCustomer tenure in months
 */
public record PaymentHistory(
    AccountId account,
    Money balance,
    long daysPastDue,
    int invoicesPaidOnTime,
    int invoicesPaidLate,
    int promisesKept,
    int promisesBroken,
    int contactAttempts,
    int rightPartyContacts,
    int monthsAsCustomer) {
  /** Checks the fields. */
  public PaymentHistory {
    requireNonNull(account, "account");
    requireNonNull(balance, "balance");
    if (daysPastDue < 0
        || invoicesPaidOnTime < 0
        || invoicesPaidLate < 0
        || promisesKept < 0
        || promisesBroken < 0
        || contactAttempts < 0
        || rightPartyContacts < 0
        || monthsAsCustomer < 0) {
      throw new IllegalArgumentException("payment history of " + account + ": counts must be >= 0");
    }
  }

  /** The names of the model's features, in the order of {@link #features()}. */
  public static final java.util.List<String> FEATURES =
      java.util.List.of(
          "days_past_due",
          "log_balance",
          "on_time_rate",
          "promises_kept",
          "promises_broken",
          "right_party_rate",
          "tenure_years");

  /**
   * Returns the raw features, in the order of {@link #FEATURES}.
   *
   * @return the feature values
   */
  public double[] features() {
    int paid = invoicesPaidOnTime + invoicesPaidLate;
    return new double[] {
      daysPastDue / 30.0,
      Math.log1p(Math.max(0, balance.amount().doubleValue())),
      paid == 0 ? 0.5 : (double) invoicesPaidOnTime / paid,
      promisesKept,
      promisesBroken,
      contactAttempts == 0 ? 0.0 : (double) rightPartyContacts / contactAttempts,
      monthsAsCustomer / 12.0
    };
  }
}
