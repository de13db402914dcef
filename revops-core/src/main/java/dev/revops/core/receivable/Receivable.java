package dev.revops.core.receivable;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Who owes what, in which currency, due when: the vocabulary billing and collections meet on.
 * revops-billing turns an open invoice into one; a host feeding another billing system (Stripe
 * invoices, an ERP) builds them itself, so revops-collections works either way. Immutable and
 * thread-safe.
 *
 * @param id the receivable's id (often the invoice id)
 * @param account who owes it
 * @param document the source document's reference, e.g. an invoice number; not personal data
 * @param total the document's total
 * @param amountDue what is still owed, between zero and {@code total}
 * @param issuedOn the day the document was issued
 * @param dueOn the day payment is due, not before {@code issuedOn}
 */
public record Receivable(
    ReceivableId id,
    AccountId account,
    String document,
    Money total,
    Money amountDue,
    LocalDate issuedOn,
    LocalDate dueOn) {

  /** Checks the invariants: one currency, {@code 0 <= amountDue <= total}, due after issue. */
  public Receivable {
    requireNonNull(id, "id");
    requireNonNull(account, "account");
    requireNonNull(document, "document");
    requireNonNull(total, "total");
    requireNonNull(amountDue, "amountDue");
    requireNonNull(issuedOn, "issuedOn");
    requireNonNull(dueOn, "dueOn");
    if (total.isNegative()) {
      throw new IllegalArgumentException("receivable " + id + ": total must not be negative");
    }
    if (amountDue.isNegative() || amountDue.isGreaterThan(total)) {
      throw new IllegalArgumentException(
          "receivable " + id + ": amount due " + amountDue + " must be between 0 and " + total);
    }
    if (dueOn.isBefore(issuedOn)) {
      throw new IllegalArgumentException(
          "receivable " + id + ": due date " + dueOn + " is before issue date " + issuedOn);
    }
  }

  /**
   * Returns how many days past due the receivable is on a day (in the debtor's time zone: the
   * caller picks the day with the debtor's zone).
   *
   * @param today the debtor's local date
   * @return days past due, zero when not yet due or when settled
   */
  public long daysPastDue(LocalDate today) {
    if (isSettled() || !today.isAfter(dueOn)) {
      return 0;
    }
    return ChronoUnit.DAYS.between(dueOn, today);
  }

  /**
   * Tells whether nothing is owed any more.
   *
   * @return true when the amount due is zero
   */
  public boolean isSettled() {
    return amountDue.isZero();
  }

  /**
   * Returns a copy with another amount due (after a payment, a credit or a write-off).
   *
   * @param newAmountDue what is still owed
   * @return the copy
   */
  public Receivable withAmountDue(Money newAmountDue) {
    return new Receivable(id, account, document, total, newAmountDue, issuedOn, dueOn);
  }
}
