package dev.revops.billing.retirement;

import java.time.LocalDate;

/**
 * A plan's end of life: closed to new sales from {@code retiredFrom}; its subscribers are notified
 * {@code noticeDays} before the renewal at which they move to {@code successorPlanId}, priced by
 * {@code pricePolicy}. Immutable and thread-safe. The canonical constructor only keeps what it is
 * given (so a JSON reader can build a broken definition); {@link RetirementSchedule#of} checks it
 * against the catalog and names every faulty field. In code, start from {@link #of} and the {@code
 * with...} copies.
 *
 * @param planId the retired plan
 * @param retiredFrom the first day the plan is not sold; existing subscribers move at a renewal on
 *     or after it
 * @param successorPlanId the plan subscribers move to: in the catalog, not itself retired, billing
 *     in every currency the retired plan bills in, and on the same billing interval unless {@code
 *     intervalChangeReason} says why not
 * @param noticeDays the least number of days between the notice and the renewal at which the price
 *     or plan changes, at least 0
 * @param pricePolicy how subscribers are priced when they move
 * @param intervalChangeReason why subscribers may move to a plan with another billing interval;
 *     null when the intervals are the same
 */
public record PlanRetirement(
    String planId,
    LocalDate retiredFrom,
    String successorPlanId,
    int noticeDays,
    PricePolicy pricePolicy,
    String intervalChangeReason) {

  /** The notice period {@link #of} uses: 30 days. */
  public static final int DEFAULT_NOTICE_DAYS = 30;

  /** The longest notice period a definition may ask for, in days. */
  public static final int MAX_NOTICE_DAYS = 730;

  /**
   * A retirement with a {@value #DEFAULT_NOTICE_DAYS}-day notice, at the successor's price.
   *
   * @param planId the retired plan
   * @param retiredFrom the first day it is not sold
   * @param successorPlanId the successor
   * @return the definition (checked when it joins a {@link RetirementSchedule})
   */
  public static PlanRetirement of(String planId, LocalDate retiredFrom, String successorPlanId) {
    return new PlanRetirement(
        planId,
        retiredFrom,
        successorPlanId,
        DEFAULT_NOTICE_DAYS,
        PricePolicy.successorPrice(),
        null);
  }

  /**
   * Returns a copy with another notice period.
   *
   * @param days the days between notice and change
   * @return the copy
   */
  public PlanRetirement withNoticeDays(int days) {
    return new PlanRetirement(
        planId, retiredFrom, successorPlanId, days, pricePolicy, intervalChangeReason);
  }

  /**
   * Returns a copy with another price policy.
   *
   * @param policy the policy
   * @return the copy
   */
  public PlanRetirement withPricePolicy(PricePolicy policy) {
    return new PlanRetirement(
        planId, retiredFrom, successorPlanId, noticeDays, policy, intervalChangeReason);
  }

  /**
   * Returns a copy that allows a successor on another billing interval, for the reason given.
   *
   * @param reason why (shown to operators; not blank)
   * @return the copy
   */
  public PlanRetirement withIntervalChangeReason(String reason) {
    return new PlanRetirement(
        planId, retiredFrom, successorPlanId, noticeDays, pricePolicy, reason);
  }

  /**
   * Tells whether the plan is closed to new sales on a day.
   *
   * @param day a local date
   * @return true on and after {@code retiredFrom}
   */
  public boolean closedOn(LocalDate day) {
    return !day.isBefore(retiredFrom);
  }

  /**
   * Refuses a new sale of the retired plan: a sale made on or after {@code retiredFrom}, or a
   * subscription that would start on or after it.
   *
   * @param saleDay the day of the sale (the account's local date)
   * @param startDate the subscription's first day
   * @throws PlanRetiredException when the plan is closed for that sale
   */
  public void checkOpenForSale(LocalDate saleDay, LocalDate startDate) {
    if (closedOn(saleDay)) {
      throw new PlanRetiredException(this, "a sale on " + saleDay);
    }
    if (closedOn(startDate)) {
      throw new PlanRetiredException(this, "a subscription starting on " + startDate);
    }
  }
}
