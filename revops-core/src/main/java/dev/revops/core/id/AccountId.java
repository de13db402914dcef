package dev.revops.core.id;

/**
 * The id of a customer account. Immutable and thread-safe.
 *
 * @param value the id's text, not blank
 */
public record AccountId(String value) implements TypedId {
  /** Checks the value is present and not blank. */
  public AccountId {
    TypedId.check(value, "AccountId");
  }

  /**
   * Makes an id from its text.
   *
   * @param value the text
   * @return the id
   */
  public static AccountId of(String value) {
    return new AccountId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
