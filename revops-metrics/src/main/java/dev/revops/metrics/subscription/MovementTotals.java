package dev.revops.metrics.subscription;

import dev.revops.core.money.Money;

/**
 * MRR at the start and end of a period and the sum of each kind of movement in it; implementations
 * reconcile: {@code start + new + expansion + reactivation − contraction − churn = end}. The MRR
 * churn and retention KPIs of {@link SubscriptionMetrics} read only these figures, so they work on
 * a batch {@link MovementSummary} and on a projection's period report alike.
 */
public interface MovementTotals {
  /**
   * Returns MRR at the start of the period.
   *
   * @return the MRR before the first day's movements
   */
  Money mrrAtStart();

  /**
   * Returns the new-business MRR of the period.
   *
   * @return the sum of new-business movements
   */
  Money newBusiness();

  /**
   * Returns the expansion MRR of the period.
   *
   * @return the sum of expansion movements
   */
  Money expansion();

  /**
   * Returns the contraction MRR of the period.
   *
   * @return the sum of contraction movements, positive
   */
  Money contraction();

  /**
   * Returns the churned MRR of the period.
   *
   * @return the sum of churn movements, positive
   */
  Money churn();

  /**
   * Returns the reactivation MRR of the period.
   *
   * @return the sum of reactivation movements
   */
  Money reactivation();

  /**
   * Returns MRR at the end of the period.
   *
   * @return the MRR after the last day's movements
   */
  Money mrrAtEnd();
}
