package dev.revops.metrics.subscription;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Normalises a recurring price to a monthly amount (MRR) and to a yearly one (ARR). Stateless and
 * thread-safe.
 *
 * <p>Conversion: a price per {@code N} months is divided by {@code N}; per {@code N} years by
 * {@code 12 N} (ChartMogul: $2,000 a year is $166.67 MRR); per {@code N} weeks it is multiplied by
 * {@code 365 / (12 × 7 N)} and per {@code N} days by {@code 365 / (12 N)}, i.e. a month is taken as
 * 365/12 days. Rounding: each subscription's MRR is rounded once, half-up, to the currency's minor
 * unit; sums of MRR are sums of those rounded amounts, so movements reconcile to the cent.
 */
public final class Mrr {
  private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

  private Mrr() {}

  /**
   * Returns the MRR of a recurring price.
   *
   * @param price the price of one billing period (after discounts, without taxes)
   * @param interval the billing period
   * @return the monthly amount, rounded half-up to the minor unit
   */
  public static Money normalise(Money price, BillingInterval interval) {
    requireNonNull(price, "price");
    requireNonNull(interval, "interval");
    BigDecimal n = BigDecimal.valueOf(interval.count());
    BigDecimal numerator;
    BigDecimal denominator;
    switch (interval.unit()) {
      case MONTHS -> {
        numerator = BigDecimal.ONE;
        denominator = n;
      }
      case YEARS -> {
        numerator = BigDecimal.ONE;
        denominator = n.multiply(BigDecimal.valueOf(12));
      }
      case WEEKS -> {
        numerator = DAYS_PER_YEAR;
        denominator = n.multiply(BigDecimal.valueOf(84));
      }
      case DAYS -> {
        numerator = DAYS_PER_YEAR;
        denominator = n.multiply(BigDecimal.valueOf(12));
      }
      default -> throw new IllegalArgumentException("unsupported unit " + interval.unit());
    }
    BigDecimal minor =
        BigDecimal.valueOf(price.minor())
            .multiply(numerator)
            .divide(denominator, 0, RoundingMode.HALF_UP);
    return Money.ofMinor(minor.longValueExact(), price.currency());
  }

  /**
   * Returns the ARR of an MRR: twelve times it, exactly.
   *
   * @param mrr the monthly recurring revenue
   * @return {@code 12 × mrr}
   */
  public static Money arr(Money mrr) {
    return requireNonNull(mrr, "mrr").times(12);
  }
}
