package dev.revops.core.id;

/**
 * The id of a domain event. Immutable and thread-safe.
 *
 * @param value the id's text, not blank
 */
public record EventId(String value) implements TypedId {
  /** Checks the value is present and not blank. */
  public EventId {
    TypedId.check(value, "EventId");
  }

  /**
   * Makes an id from its text.
   *
   * @param value the text
   * @return the id
   */
  public static EventId of(String value) {
    return new EventId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
