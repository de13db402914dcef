package dev.revops.metrics.subscription;

import static java.util.Objects.requireNonNull;

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

  /**
   * Adds the movements to the start: what {@link #mrrAtEnd()} must be for the figures to reconcile.
   * Implementations check their parts with it.
   *
   * @param mrrAtStart MRR at the start (never null)
   * @param newBusiness the new-business MRR (never null)
   * @param expansion the expansion MRR (never null)
   * @param reactivation the reactivation MRR (never null)
   * @param contraction the contraction MRR, positive (never null)
   * @param churn the churned MRR, positive (never null)
   * @return {@code start + new + expansion + reactivation − contraction − churn}
   * @throws NullPointerException naming the first part that is null
   */
  static Money reconciledEnd(
      Money mrrAtStart,
      Money newBusiness,
      Money expansion,
      Money reactivation,
      Money contraction,
      Money churn) {
    return requireNonNull(mrrAtStart, "mrrAtStart")
        .plus(requireNonNull(newBusiness, "newBusiness"))
        .plus(requireNonNull(expansion, "expansion"))
        .plus(requireNonNull(reactivation, "reactivation"))
        .minus(requireNonNull(contraction, "contraction"))
        .minus(requireNonNull(churn, "churn"));
  }
}
