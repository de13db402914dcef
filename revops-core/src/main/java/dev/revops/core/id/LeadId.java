package dev.revops.core.id;

/**
 * The id of a lead. Immutable and thread-safe.
 *
 * @param value the id's text, not blank
 */
public record LeadId(String value) implements TypedId {
  /** Checks the value is present and not blank. */
  public LeadId {
    TypedId.check(value, "LeadId");
  }

  /**
   * Makes an id from its text.
   *
   * @param value the text
   * @return the id
   */
  public static LeadId of(String value) {
    return new LeadId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
