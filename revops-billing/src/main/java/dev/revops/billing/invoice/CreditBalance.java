package dev.revops.billing.invoice;

import static java.util.Objects.requireNonNull;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;

/**
 * An account's credit balance in one currency: money the account may spend on future invoices (from
 * negative invoices, credit notes, overpayments). It never goes below zero: applying it to an
 * invoice takes at most what is there. Immutable and thread-safe.
 *
 * @param account the account
 * @param balance the balance, at least zero
 * @param version the stored version
 */
public record CreditBalance(AccountId account, Money balance, long version)
    implements Aggregate<AccountId, CreditBalance> {
  /** Checks the balance is not negative. */
  public CreditBalance {
    requireNonNull(account, "account");
    requireNonNull(balance, "balance");
    if (balance.isNegative()) {
      throw new IllegalArgumentException(
          "credit balance of " + account + " cannot be negative, got " + balance);
    }
  }

  /**
   * An empty balance.
   *
   * @param account the account
   * @param currency the currency code
   * @return zero
   */
  public static CreditBalance empty(AccountId account, java.util.Currency currency) {
    return new CreditBalance(account, Money.zero(currency), NEW);
  }

  @Override
  public AccountId id() {
    return account;
  }

  @Override
  public CreditBalance withVersion(long v) {
    return new CreditBalance(account, balance, v);
  }

  /**
   * Adds credit.
   *
   * @param amount the amount, at least zero
   * @return the new balance
   */
  public CreditBalance add(Money amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("credit to add must be >= 0, got " + amount);
    }
    return new CreditBalance(account, balance.plus(amount), version);
  }

  /**
   * Returns how much of the balance an amount due can use.
   *
   * @param due what is due
   * @return {@code min(balance, max(due, 0))}
   */
  public Money applicableTo(Money due) {
    return due.isPositive() ? balance.min(due) : Money.zero(balance.currency());
  }

  /**
   * Takes an amount off the balance.
   *
   * @param amount at most the balance
   * @return the new balance
   */
  public CreditBalance use(Money amount) {
    if (amount.isNegative() || amount.isGreaterThan(balance)) {
      throw new IllegalArgumentException(
          "cannot use " + amount + " of a credit balance of " + balance);
    }
    return new CreditBalance(account, balance.minus(amount), version);
  }
}
