package dev.revops.billing.retirement;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import java.time.LocalDate;
import java.util.List;

/**
 * A new sale of a retired plan was refused: the message names the plan, the date it closed and its
 * successor; the one violation's path is {@code plan}. Existing subscriptions are never refused.
 */
public final class PlanRetiredException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** The retired plan. */
  private final String planId;

  /** Its first day closed. */
  private final LocalDate retiredFrom;

  /** Its successor. */
  private final String successorPlanId;

  /**
   * Creates the exception.
   *
   * @param retirement the retirement that closed the plan (never null)
   * @param what what was refused, e.g. {@code "a sale on 2026-03-01"}
   */
  public PlanRetiredException(PlanRetirement retirement, String what) {
    super(
        "subscription",
        List.of(
            new Violation(
                "plan",
                "plan '"
                    + retirement.planId()
                    + "' is retired from "
                    + retirement.retiredFrom()
                    + " and closed to new sales ("
                    + what
                    + "); sell its successor '"
                    + retirement.successorPlanId()
                    + "' instead")));
    this.planId = retirement.planId();
    this.retiredFrom = retirement.retiredFrom();
    this.successorPlanId = retirement.successorPlanId();
  }

  /**
   * Returns the retired plan.
   *
   * @return its id
   */
  public String planId() {
    return planId;
  }

  /**
   * Returns the first day the plan is closed.
   *
   * @return the date
   */
  public LocalDate retiredFrom() {
    return retiredFrom;
  }

  /**
   * Returns the plan to sell instead.
   *
   * @return the successor's id
   */
  public String successorPlanId() {
    return successorPlanId;
  }
}
