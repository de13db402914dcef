package dev.revops.billing.proration;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;

/**
 * The two items of a mid-period change: a credit for the old price's unused time and a charge for
 * the new price over the same days. Immutable and thread-safe.
 *
 * @param unused the rest of the period from the change on
 * @param credit the credit for the unused time of the old price, zero or negative
 * @param charge the new price for the same days
 */
public record ChangeProration(DateRange unused, Money credit, Money charge) {
  /** Checks the parts are present. */
  public ChangeProration {
    requireNonNull(unused, "unused");
    requireNonNull(credit, "credit");
    requireNonNull(charge, "charge");
  }

  /**
   * Returns what the change costs on balance.
   *
   * @return {@code charge + credit}
   */
  public Money net() {
    return charge.plus(credit);
  }
}
