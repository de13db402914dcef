package dev.revops.collections.promise;

import dev.revops.core.id.TypedId;

/**
 * The id of a promise to pay. Immutable.
 *
 * @param value the id's text, not blank
 */
public record PromiseId(String value) implements TypedId {
  /** Checks the value. */
  public PromiseId {
    TypedId.check(value, "PromiseId");
  }

  /**
   * Makes an id.
   *
   * @param value the text
   * @return the id
   */
  public static PromiseId of(String value) {
    return new PromiseId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
