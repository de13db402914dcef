package dev.revops.metrics.subscription;

import static java.util.Objects.requireNonNull;

import dev.revops.metrics.internal.Inputs;
import dev.revops.metrics.result.MetricResult;
import dev.revops.metrics.result.Unit;
import java.math.BigDecimal;

/**
 * Customer (logo) churn rate, in the two ways vendors define it; pick one explicitly. Both are in
 * {@code [0, 1]} and undefined when their denominator is zero. Immutable and thread-safe.
 */
public enum ChurnRate {
  /**
   * ChartMogul: customers paying at the start of the period who churned in it (a customer who
   * joined and churned within the period is excluded; a customer counts once) / customers paying at
   * the start.
   */
  CHARTMOGUL(
      "customer-churn-rate/chartmogul",
      "churned customers that were paying at start / customers paying at start"),
  /**
   * Stripe: distinct customers who churned in the period / (customers paying at the start + new and
   * reactivated customers in the period). Stripe states it over the last 30 days: pass a 30-day
   * period to match its dashboard.
   */
  STRIPE(
      "customer-churn-rate/stripe",
      "churned customers / (customers paying at start + new and reactivated customers)");

  private final String formula;
  private final String expression;

  ChurnRate(String formula, String expression) {
    this.formula = formula;
    this.expression = expression;
  }

  /**
   * Returns the formula's stable name.
   *
   * @return e.g. {@code "customer-churn-rate/stripe"}
   */
  public String formula() {
    return formula;
  }

  /**
   * Computes the rate over a period.
   *
   * @param summary the period's movements and counts
   * @return the rate as a fraction of one, or undefined when no customer is in the denominator
   */
  public MetricResult of(MovementSummary summary) {
    requireNonNull(summary, "summary");
    return switch (this) {
      case CHARTMOGUL ->
          rate(
              Inputs.create()
                  .put("churnedFromStart", summary.churnedFromStart())
                  .put("customersAtStart", summary.customersAtStart()),
              summary.churnedFromStart(),
              summary.customersAtStart(),
              "customers paying at start");
      case STRIPE ->
          rate(
              Inputs.create()
                  .put("churnedCustomers", summary.churnedCustomers())
                  .put("customersAtStart", summary.customersAtStart())
                  .put("newCustomers", summary.newCustomers())
                  .put("reactivatedCustomers", summary.reactivatedCustomers()),
              summary.churnedCustomers(),
              summary.customersAtStart() + summary.newCustomers() + summary.reactivatedCustomers(),
              "customers at start plus new and reactivated customers");
    };
  }

  /** Churned customers / customers in the denominator, undefined when there are none. */
  private MetricResult rate(Inputs in, long churned, long customers, String customersName) {
    return MetricResult.ratio(
        formula,
        expression,
        Unit.RATIO,
        in.build(),
        BigDecimal.valueOf(churned),
        BigDecimal.valueOf(customers),
        BigDecimal.ONE,
        customersName);
  }
}
