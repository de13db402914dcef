package dev.revops.billing.proration;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;

/**
 * One piece of a period and its share of the period's price. Immutable and thread-safe.
 *
 * @param range the piece, half-open
 * @param amount its share of the price
 */
public record ProratedPiece(DateRange range, Money amount) {
  /** Checks both parts are present. */
  public ProratedPiece {
    requireNonNull(range, "range");
    requireNonNull(amount, "amount");
  }
}
