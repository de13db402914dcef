package dev.revops.sales.id;

import dev.revops.core.id.TypedId;

/**
 * The id of a return (RMA). Immutable and thread-safe.
 *
 * @param value the id's text, not blank
 */
public record ReturnId(String value) implements TypedId {
  /** Checks the value is present and not blank. */
  public ReturnId {
    TypedId.check(value, "ReturnId");
  }

  /**
   * Makes an id from its text.
   *
   * @param value the text
   * @return the id
   */
  public static ReturnId of(String value) {
    return new ReturnId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
