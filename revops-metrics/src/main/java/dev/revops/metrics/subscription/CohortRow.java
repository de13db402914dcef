package dev.revops.metrics.subscription;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;
import dev.revops.metrics.result.MetricResult;
import java.time.YearMonth;
import java.util.List;

/**
 * One signup-month cohort of a retention matrix. Element {@code k} of each list is the retention at
 * the end of the {@code k}-th month after the signup month (0 = the signup month itself). Immutable
 * and thread-safe; null is never accepted.
 *
 * @param cohort the signup month (the month of the customers' new-business movement)
 * @param customers how many customers signed up that month
 * @param startingMrr the sum of their new-business MRR
 * @param logoRetention per month, customers still paying at its end / customers
 * @param revenueRetention per month, the cohort's MRR at its end / starting MRR
 */
public record CohortRow(
    YearMonth cohort,
    long customers,
    Money startingMrr,
    List<MetricResult> logoRetention,
    List<MetricResult> revenueRetention) {

  /** Checks the fields and copies the lists. */
  public CohortRow {
    requireNonNull(cohort, "cohort");
    requireNonNull(startingMrr, "startingMrr");
    logoRetention = List.copyOf(logoRetention);
    revenueRetention = List.copyOf(revenueRetention);
    if (logoRetention.size() != revenueRetention.size()) {
      throw new IllegalArgumentException("logo and revenue retention must have the same length");
    }
  }
}
