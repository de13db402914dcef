package dev.revops.billing.retirement;

/**
 * The price policy of a retirement: {@link PricePolicyKind#GRANDFATHERED} for a number of billing
 * periods at the old price, or {@link PricePolicyKind#SUCCESSOR_PRICE}. Immutable and thread-safe.
 * The canonical constructor only keeps what it is given, so a JSON reader can build a broken policy
 * and {@link RetirementSchedule#problems} can name each fault; use the factories in code.
 *
 * <p>How the old price is kept: revops has no per-subscription price override, and a coupon can
 * only lower a price, so a grandfathered subscriber stays on the retired plan (and the price
 * version it locked) for the grandfathered periods, and its plan changes to the successor at the
 * renewal that ends them. It is billed exactly what it was billed before, by the same bill run, and
 * keeps the retired plan's entitlements until the change.
 *
 * @param kind grandfathered or the successor's price (null is a problem the schedule reports)
 * @param grandfatheredPeriods for {@code GRANDFATHERED}: how many billing periods at the old price,
 *     at least 1; null for {@code SUCCESSOR_PRICE}
 */
public record PricePolicy(PricePolicyKind kind, Integer grandfatheredPeriods) {
  /**
   * The old price for {@code periods} more billing periods, then the successor's.
   *
   * @param periods how many periods, at least 1
   * @return the policy
   * @throws IllegalArgumentException when {@code periods} is below 1
   */
  public static PricePolicy grandfathered(int periods) {
    if (periods < 1) {
      throw new IllegalArgumentException("grandfatheredPeriods must be >= 1, got " + periods);
    }
    return new PricePolicy(PricePolicyKind.GRANDFATHERED, periods);
  }

  /**
   * The successor's price from the first renewal after the notice.
   *
   * @return the policy
   */
  public static PricePolicy successorPrice() {
    return new PricePolicy(PricePolicyKind.SUCCESSOR_PRICE, null);
  }

  /**
   * How many more periods a subscriber stays at the old price after its first renewal due.
   *
   * @return the grandfathered periods, 0 for the successor's price
   */
  public int periodsAtOldPrice() {
    return kind == PricePolicyKind.GRANDFATHERED && grandfatheredPeriods != null
        ? grandfatheredPeriods
        : 0;
  }

  @Override
  public String toString() {
    return kind == PricePolicyKind.GRANDFATHERED
        ? "GRANDFATHERED(" + grandfatheredPeriods + ")"
        : String.valueOf(kind);
  }
}
