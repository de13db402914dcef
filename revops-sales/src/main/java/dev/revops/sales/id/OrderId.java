package dev.revops.sales.id;

import dev.revops.core.id.TypedId;

/**
 * The id of an order. Immutable and thread-safe.
 *
 * @param value the id's text, not blank
 */
public record OrderId(String value) implements TypedId {
  /** Checks the value is present and not blank. */
  public OrderId {
    TypedId.check(value, "OrderId");
  }

  /**
   * Makes an id from its text.
   *
   * @param value the text
   * @return the id
   */
  public static OrderId of(String value) {
    return new OrderId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
