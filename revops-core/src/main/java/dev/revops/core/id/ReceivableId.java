package dev.revops.core.id;

/**
 * The id of a receivable: an amount someone owes. Immutable and thread-safe.
 *
 * @param value the id's text, not blank
 */
public record ReceivableId(String value) implements TypedId {
  /** Checks the value is present and not blank. */
  public ReceivableId {
    TypedId.check(value, "ReceivableId");
  }

  /**
   * Makes an id from its text.
   *
   * @param value the text
   * @return the id
   */
  public static ReceivableId of(String value) {
    return new ReceivableId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
