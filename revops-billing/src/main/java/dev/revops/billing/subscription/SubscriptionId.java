package dev.revops.billing.subscription;

import dev.revops.core.id.TypedId;

/**
 * The id of a subscription. Immutable and thread-safe.
 *
 * @param value the id's text, not blank
 */
public record SubscriptionId(String value) implements TypedId {
  /** Checks the value. */
  public SubscriptionId {
    TypedId.check(value, "SubscriptionId");
  }

  /**
   * Makes an id.
   *
   * @param value the text
   * @return the id
   */
  public static SubscriptionId of(String value) {
    return new SubscriptionId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
