package dev.revops.collections.plan;

import dev.revops.core.id.TypedId;

/**
 * The id of a payment plan. Immutable.
 *
 * @param value the id's text, not blank
 */
public record PlanId(String value) implements TypedId {
  /** Checks the value. */
  public PlanId {
    TypedId.check(value, "PlanId");
  }

  /**
   * Makes an id.
   *
   * @param value the text
   * @return the id
   */
  public static PlanId of(String value) {
    return new PlanId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
