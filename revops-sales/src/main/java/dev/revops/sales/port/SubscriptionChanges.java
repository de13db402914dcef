package dev.revops.sales.port;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;

/**
 * Asks the billing system to move a customer's subscription to another plan: how an accepted upsell
 * is fulfilled, since sales does not see billing. The examples module adapts revops-billing's
 * {@code SubscriptionService.changePlan}. Implementations must be thread-safe and idempotent by
 * {@link Request#idempotencyKey()}: a request repeated with the same key (a retry after a failure,
 * a replayed acceptance) returns the first result and changes nothing more. A transient failure
 * throws; a change billing will never make is a {@link Result#refused(String)}.
 */
public interface SubscriptionChanges {
  /**
   * Requests the change.
   *
   * @param request what to change (never null)
   * @return applied with billing's reference, or refused with its reason
   */
  Result request(Request request);

  /**
   * A plan change to request. Immutable.
   *
   * @param idempotencyKey the key the change is made under: the offer presentation's id
   * @param account the customer
   * @param fromPlan the plan the customer holds
   * @param toPlan the plan the offer sells
   */
  record Request(String idempotencyKey, AccountId account, String fromPlan, String toPlan) {
    /** Checks the parts. */
    public Request {
      requireNonNull(idempotencyKey, "idempotencyKey");
      requireNonNull(account, "account");
      requireNonNull(fromPlan, "fromPlan");
      requireNonNull(toPlan, "toPlan");
    }
  }

  /**
   * What billing did. Immutable.
   *
   * @param applied true when the change is made (or scheduled)
   * @param reference billing's reference (a subscription id) when applied, its reason when refused
   */
  record Result(boolean applied, String reference) {
    /** Checks the reference. */
    public Result {
      requireNonNull(reference, "reference");
    }

    /**
     * The change is made.
     *
     * @param reference billing's reference
     * @return the result
     */
    public static Result applied(String reference) {
      return new Result(true, reference);
    }

    /**
     * The change will never be made.
     *
     * @param reason why, in words
     * @return the result
     */
    public static Result refused(String reason) {
      return new Result(false, reason);
    }
  }
}
