package dev.revops.billing.invoice;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;
import java.time.LocalDate;

/**
 * A credit note on an open or paid invoice: it first reduces the amount still due, and the rest is
 * refunded or credited to the account's balance. Immutable and thread-safe.
 *
 * @param id the credit note's id
 * @param invoice the invoice it corrects
 * @param total the credit note's total, above zero
 * @param reducedDue the part that reduced the amount due
 * @param remainder the rest, {@code total − reducedDue}
 * @param remainderTo where the rest goes
 * @param reason why, for the record (never personal data)
 * @param issuedOn the day it was issued
 */
public record CreditNote(
    CreditNoteId id,
    InvoiceId invoice,
    Money total,
    Money reducedDue,
    Money remainder,
    CreditNoteRemainder remainderTo,
    String reason,
    LocalDate issuedOn) {
  /** Checks the parts add up. */
  public CreditNote {
    requireNonNull(id, "id");
    requireNonNull(invoice, "invoice");
    requireNonNull(remainderTo, "remainderTo");
    requireNonNull(reason, "reason");
    requireNonNull(issuedOn, "issuedOn");
    if (!total.isPositive()
        || reducedDue.isNegative()
        || remainder.isNegative()
        || !reducedDue.plus(remainder).equals(total)) {
      throw new IllegalArgumentException(
          "credit note " + id + ": total must be > 0 and equal reducedDue + remainder");
    }
  }
}
