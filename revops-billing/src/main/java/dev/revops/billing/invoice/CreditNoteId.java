package dev.revops.billing.invoice;

import dev.revops.core.id.TypedId;

/**
 * The id of a credit note. Immutable and thread-safe.
 *
 * @param value the id's text, not blank
 */
public record CreditNoteId(String value) implements TypedId {
  /** Checks the value. */
  public CreditNoteId {
    TypedId.check(value, "CreditNoteId");
  }

  /**
   * Makes an id.
   *
   * @param value the text
   * @return the id
   */
  public static CreditNoteId of(String value) {
    return new CreditNoteId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
