package dev.revops.core.error;

import java.util.Currency;

/** Two amounts in different currencies met in one operation. Money never converts silently. */
public class CurrencyMismatchException extends RevOpsException {
  private static final long serialVersionUID = 1L;

  private final Currency expected;
  private final Currency actual;

  /**
   * Creates the exception.
   *
   * @param expected the currency of the left-hand amount
   * @param actual the currency of the right-hand amount
   */
  public CurrencyMismatchException(Currency expected, Currency actual) {
    super("Currency mismatch: " + expected + " and " + actual);
    this.expected = expected;
    this.actual = actual;
  }

  /**
   * Returns the currency of the left-hand amount.
   *
   * @return the expected currency
   */
  public Currency expected() {
    return expected;
  }

  /**
   * Returns the currency of the right-hand amount.
   *
   * @return the other currency
   */
  public Currency actual() {
    return actual;
  }
}
