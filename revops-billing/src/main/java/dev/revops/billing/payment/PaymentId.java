package dev.revops.billing.payment;

import dev.revops.core.id.TypedId;

/**
 * The id of a payment. Immutable and thread-safe.
 *
 * @param value the id's text, not blank
 */
public record PaymentId(String value) implements TypedId {
  /** Checks the value. */
  public PaymentId {
    TypedId.check(value, "PaymentId");
  }

  /**
   * Makes an id.
   *
   * @param value the text
   * @return the id
   */
  public static PaymentId of(String value) {
    return new PaymentId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
