package dev.revops.billing.catalog;

import dev.revops.core.money.Money;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * One tier of a tiered price: units up to {@code upTo} (inclusive) cost {@code unitAmount} each,
 * plus {@code flatAmount} once when the tier is used. Immutable and thread-safe.
 *
 * @param upTo the last unit of the tier, or null for "and above" (the last tier)
 * @param unitAmount the price of one unit in the tier
 * @param flatAmount a fixed amount for using the tier, or null for none
 */
public record Tier(@Min(1) Long upTo, @NotNull Money unitAmount, Money flatAmount) {
  /**
   * Makes a tier without a flat amount.
   *
   * @param upTo the last unit, or null for the last tier
   * @param unitAmount the unit price
   * @return the tier
   */
  public static Tier upTo(Long upTo, Money unitAmount) {
    return new Tier(upTo, unitAmount, null);
  }

  Money flatOrZero() {
    return flatAmount == null ? Money.zero(unitAmount.currency()) : flatAmount;
  }
}
