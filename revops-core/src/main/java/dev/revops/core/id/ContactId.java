package dev.revops.core.id;

/**
 * The id of a person at an account. Immutable and thread-safe.
 *
 * @param value the id's text, not blank
 */
public record ContactId(String value) implements TypedId {
  /** Checks the value is present and not blank. */
  public ContactId {
    TypedId.check(value, "ContactId");
  }

  /**
   * Makes an id from its text.
   *
   * @param value the text
   * @return the id
   */
  public static ContactId of(String value) {
    return new ContactId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
