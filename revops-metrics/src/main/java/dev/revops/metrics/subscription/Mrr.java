package dev.revops.metrics.subscription;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;
import dev.revops.core.time.BillingInterval;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Normalises a recurring price to a monthly amount (MRR) and to a yearly one (ARR). Stateless and
 * thread-safe.
 *
 * <p>Conversion: a price per {@code N} months is divided by {@code N}; per {@code N} years by
 * {@code 12 N} (ChartMogul: $2,000 a year is $166.67 MRR); per {@code N} days it is multiplied by
 * {@code 365 / (12 N)}, i.e. a month is taken as 365/12 days. Per {@code N} weeks it depends on the
 * {@link WeeklyNormalisation} chosen: {@code 365 / (84 N)} ({@link WeeklyNormalisation#DAYS_365},
 * the default: the same 365/12-day month) or {@code 52 / (12 N)} ({@link
 * WeeklyNormalisation#WEEKS_52}: a year of 52 weeks). Rounding: each subscription's MRR is rounded
 * once, half-up, to the currency's minor unit; sums of MRR are sums of those rounded amounts, so
 * movements reconcile to the cent.
 */
public final class Mrr {
  private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

  private Mrr() {}

  /**
   * Returns the MRR of a recurring price, weekly plans normalised with {@link
   * WeeklyNormalisation#DEFAULT} ({@code × 365/84}).
   *
   * @param price the price of one billing period (after discounts, without taxes)
   * @param interval the billing period
   * @return the monthly amount, rounded half-up to the minor unit
   */
  public static Money normalise(Money price, BillingInterval interval) {
    return normalise(price, interval, WeeklyNormalisation.DEFAULT);
  }

  /**
   * Returns the MRR of a recurring price, weekly plans normalised as chosen.
   *
   * @param price the price of one billing period (after discounts, without taxes)
   * @param interval the billing period
   * @param weekly how a weekly price becomes a monthly one (other intervals ignore it)
   * @return the monthly amount, rounded half-up to the minor unit
   */
  public static Money normalise(Money price, BillingInterval interval, WeeklyNormalisation weekly) {
    requireNonNull(price, "price");
    requireNonNull(interval, "interval");
    requireNonNull(weekly, "weekly");
    BigDecimal n = BigDecimal.valueOf(interval.count());
    BigDecimal numerator;
    BigDecimal denominator;
    switch (interval.unit()) {
      case MONTH -> {
        numerator = BigDecimal.ONE;
        denominator = n;
      }
      case YEAR -> {
        numerator = BigDecimal.ONE;
        denominator = n.multiply(BigDecimal.valueOf(12));
      }
      case WEEK -> {
        numerator = weekly.numerator();
        denominator = n.multiply(weekly.denominator());
      }
      case DAY -> {
        numerator = DAYS_PER_YEAR;
        denominator = n.multiply(BigDecimal.valueOf(12));
      }
      default -> throw new IllegalStateException("unknown interval unit " + interval.unit());
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
