package dev.revops.core.id;

/**
 * The id of a sales opportunity. Immutable and thread-safe.
 *
 * @param value the id's text, not blank
 */
public record OpportunityId(String value) implements TypedId {
  /** Checks the value is present and not blank. */
  public OpportunityId {
    TypedId.check(value, "OpportunityId");
  }

  /**
   * Makes an id from its text.
   *
   * @param value the text
   * @return the id
   */
  public static OpportunityId of(String value) {
    return new OpportunityId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
