package dev.revops.metrics.projection;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;
import dev.revops.core.time.BillingInterval;
import dev.revops.metrics.subscription.Mrr;
import dev.revops.metrics.subscription.WeeklyNormalisation;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;

/**
 * How a {@link MetricsProjection} runs. Immutable and thread-safe; null is never accepted.
 *
 * @param currency the reporting currency; every amount must be in it
 * @param windowDays how far out of order events may arrive: an event is accepted while its day is
 *     no more than this many days before the latest day seen; at least 0
 * @param funnelStages the lead funnel's stages in order, at least one, no duplicates
 * @param weekly how weekly plans are normalised to MRR by {@link #mrr}, the method a host maps its
 *     subscription events with; {@link WeeklyNormalisation#DEFAULT} unless chosen
 */
public record ProjectionConfig(
    Currency currency, int windowDays, List<String> funnelStages, WeeklyNormalisation weekly) {
  /** Checks the fields and copies the stages. */
  public ProjectionConfig {
    requireNonNull(currency, "currency");
    requireNonNull(weekly, "weekly");
    if (windowDays < 0) {
      throw new IllegalArgumentException("windowDays must be >= 0, got " + windowDays);
    }
    funnelStages = List.copyOf(funnelStages);
    if (funnelStages.isEmpty() || new HashSet<>(funnelStages).size() != funnelStages.size()) {
      throw new IllegalArgumentException("funnelStages must be non-empty and distinct");
    }
  }

  /**
   * Makes a configuration that normalises weekly plans with {@link WeeklyNormalisation#DEFAULT}
   * ({@code × 365/84}).
   *
   * @param currency the reporting currency
   * @param windowDays how far out of order events may arrive, at least 0
   * @param funnelStages the lead funnel's stages in order
   */
  public ProjectionConfig(Currency currency, int windowDays, List<String> funnelStages) {
    this(currency, windowDays, funnelStages, WeeklyNormalisation.DEFAULT);
  }

  /**
   * Returns this configuration with another weekly normalisation.
   *
   * @param weekly how weekly plans become MRR
   * @return the new configuration
   */
  public ProjectionConfig withWeekly(WeeklyNormalisation weekly) {
    return new ProjectionConfig(currency, windowDays, funnelStages, weekly);
  }

  /**
   * Returns the MRR a {@link SubscriptionMrrChanged} should carry for a recurring price: {@link
   * Mrr#normalise(Money, BillingInterval, WeeklyNormalisation)} with this configuration's weekly
   * normalisation, so every event fed to one projection is normalised the same way.
   *
   * @param price the price of one billing period (after discounts, without taxes)
   * @param interval the billing period
   * @return the monthly amount, rounded half-up to the minor unit
   */
  public Money mrr(Money price, BillingInterval interval) {
    return Mrr.normalise(price, interval, weekly);
  }

  /**
   * Returns the index of a funnel stage.
   *
   * @param stage the stage's name
   * @return its index
   * @throws IllegalArgumentException when the stage is not in the funnel
   */
  public int stageIndex(String stage) {
    int i = funnelStages.indexOf(stage);
    if (i < 0) {
      throw new IllegalArgumentException("stage " + stage + " is not in the funnel");
    }
    return i;
  }
}
