package dev.revops.billing.invoice;

import dev.revops.core.id.TypedId;

/**
 * The id of an invoice. Immutable and thread-safe.
 *
 * @param value the id's text, not blank
 */
public record InvoiceId(String value) implements TypedId {
  /** Checks the value. */
  public InvoiceId {
    TypedId.check(value, "InvoiceId");
  }

  /**
   * Makes an id.
   *
   * @param value the text
   * @return the id
   */
  public static InvoiceId of(String value) {
    return new InvoiceId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
