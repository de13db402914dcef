package dev.revops.metrics.subscription;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;

/**
 * MRR and customer counts over one period {@code [start, end)}: MRR at the start (before the first
 * day's movements), the sum of each kind of movement in the period, and MRR at the end (after the
 * last day's movements). Always reconciles: {@code start + new + expansion + reactivation −
 * contraction − churn = end}, checked when built. Immutable and thread-safe; null is never
 * accepted.
 *
 * @param period the period
 * @param mrrAtStart MRR at the start of the period
 * @param newBusiness sum of new-business movements
 * @param expansion sum of expansion movements
 * @param contraction sum of contraction movements (positive)
 * @param churn sum of churn movements (positive)
 * @param reactivation sum of reactivation movements
 * @param mrrAtEnd MRR at the end of the period
 * @param customersAtStart paying customers at the start
 * @param customersAtEnd paying customers at the end
 * @param newCustomers customers with a new-business movement in the period
 * @param reactivatedCustomers distinct customers with a reactivation in the period
 * @param churnedCustomers distinct customers with a churn in the period (including customers who
 *     joined and churned within it)
 * @param churnedFromStart distinct customers paying at the start who churned in the period
 */
public record MovementSummary(
    DateRange period,
    Money mrrAtStart,
    Money newBusiness,
    Money expansion,
    Money contraction,
    Money churn,
    Money reactivation,
    Money mrrAtEnd,
    long customersAtStart,
    long customersAtEnd,
    long newCustomers,
    long reactivatedCustomers,
    long churnedCustomers,
    long churnedFromStart)
    implements MovementTotals {

  /** Checks the fields and the reconciliation. */
  public MovementSummary {
    requireNonNull(period, "period");
    Money reconciled =
        MovementTotals.reconciledEnd(
            mrrAtStart, newBusiness, expansion, reactivation, contraction, churn);
    if (!reconciled.equals(requireNonNull(mrrAtEnd, "mrrAtEnd"))) {
      throw new IllegalArgumentException(
          "MRR movements do not reconcile over "
              + period
              + ": start + movements = "
              + reconciled
              + " but end = "
              + mrrAtEnd);
    }
    if (churnedFromStart > customersAtStart || churnedFromStart > churnedCustomers) {
      throw new IllegalArgumentException(
          "churnedFromStart must not exceed customersAtStart or churnedCustomers");
    }
  }

  /**
   * Returns the net change of MRR.
   *
   * @return {@code end − start}
   */
  public Money netNewMrr() {
    return mrrAtEnd.minus(mrrAtStart);
  }
}
