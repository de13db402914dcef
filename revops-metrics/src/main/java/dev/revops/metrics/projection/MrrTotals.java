package dev.revops.metrics.projection;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;
import dev.revops.metrics.subscription.MovementTotals;

/**
 * MRR figures of a period report; reconciles (checked when built). Immutable and thread-safe; null
 * is never accepted.
 *
 * @param mrrAtStart MRR at the start of the period
 * @param newBusiness new-business MRR
 * @param expansion expansion MRR
 * @param contraction contraction MRR (positive)
 * @param churn churned MRR (positive)
 * @param reactivation reactivation MRR
 * @param mrrAtEnd MRR at the end of the period
 */
public record MrrTotals(
    Money mrrAtStart,
    Money newBusiness,
    Money expansion,
    Money contraction,
    Money churn,
    Money reactivation,
    Money mrrAtEnd)
    implements MovementTotals {
  /** Checks the reconciliation. */
  public MrrTotals {
    Money reconciled =
        MovementTotals.reconciledEnd(
            mrrAtStart, newBusiness, expansion, reactivation, contraction, churn);
    if (!reconciled.equals(requireNonNull(mrrAtEnd, "mrrAtEnd"))) {
      throw new IllegalArgumentException(
          "MRR totals do not reconcile: start + movements = " + reconciled + ", end = " + mrrAtEnd);
    }
  }
}
