package dev.revops.sales.id;

import dev.revops.core.id.TypedId;

/**
 * The id of a service case. Immutable and thread-safe.
 *
 * @param value the id's text, not blank
 */
public record CaseId(String value) implements TypedId {
  /** Checks the value is present and not blank. */
  public CaseId {
    TypedId.check(value, "CaseId");
  }

  /**
   * Makes an id from its text.
   *
   * @param value the text
   * @return the id
   */
  public static CaseId of(String value) {
    return new CaseId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
