package dev.revops.core.id;

/**
 * The id of a user of the host application (a collector, an owner, an agent). Immutable and
 * thread-safe.
 *
 * @param value the id's text, not blank
 */
public record UserId(String value) implements TypedId {
  /** Checks the value is present and not blank. */
  public UserId {
    TypedId.check(value, "UserId");
  }

  /**
   * Makes an id from its text.
   *
   * @param value the text
   * @return the id
   */
  public static UserId of(String value) {
    return new UserId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
