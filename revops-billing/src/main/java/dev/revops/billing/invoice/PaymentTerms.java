package dev.revops.billing.invoice;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * Payment terms: charge automatically (due on the issue date), or send the invoice with net N days.
 * Immutable and thread-safe.
 *
 * @param method how the invoice is collected
 * @param netDays days from issue to due date; 0 for automatic charges
 */
public record PaymentTerms(CollectionMethod method, int netDays) {
  /** Checks the method is present and the days are not negative. */
  public PaymentTerms {
    requireNonNull(method, "method");
    if (netDays < 0) {
      throw new IllegalArgumentException("netDays must be >= 0, got " + netDays);
    }
  }

  /**
   * Charge automatically.
   *
   * @return the terms
   */
  public static PaymentTerms chargeAutomatically() {
    return new PaymentTerms(CollectionMethod.CHARGE_AUTOMATICALLY, 0);
  }

  /**
   * Send the invoice, due net N days.
   *
   * @param days the net days
   * @return the terms
   */
  public static PaymentTerms net(int days) {
    return new PaymentTerms(CollectionMethod.SEND_INVOICE, days);
  }

  /**
   * Returns the due date of an invoice issued on a day.
   *
   * @param issuedOn the issue date
   * @return the due date
   */
  public LocalDate dueDate(LocalDate issuedOn) {
    return issuedOn.plusDays(netDays);
  }
}
