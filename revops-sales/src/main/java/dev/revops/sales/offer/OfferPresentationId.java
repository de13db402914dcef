package dev.revops.sales.offer;

import dev.revops.core.id.TypedId;

/**
 * The id of an offer presentation; also the idempotency key of its fulfilment. Immutable and
 * thread-safe.
 *
 * @param value the id's text, not blank
 */
public record OfferPresentationId(String value) implements TypedId {
  /** Checks the value is present and not blank. */
  public OfferPresentationId {
    TypedId.check(value, "OfferPresentationId");
  }

  /**
   * Makes an id from its text.
   *
   * @param value the text
   * @return the id
   */
  public static OfferPresentationId of(String value) {
    return new OfferPresentationId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
