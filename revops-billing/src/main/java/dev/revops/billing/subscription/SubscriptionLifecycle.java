package dev.revops.billing.subscription;

import static dev.revops.billing.subscription.SubscriptionAction.CANCEL;
import static dev.revops.billing.subscription.SubscriptionAction.END_TRIAL;
import static dev.revops.billing.subscription.SubscriptionAction.EXPIRE_INCOMPLETE;
import static dev.revops.billing.subscription.SubscriptionAction.EXPIRE_TERM;
import static dev.revops.billing.subscription.SubscriptionAction.MARK_UNPAID;
import static dev.revops.billing.subscription.SubscriptionAction.PAUSE;
import static dev.revops.billing.subscription.SubscriptionAction.PAYMENT_FAILED;
import static dev.revops.billing.subscription.SubscriptionAction.PAYMENT_SUCCEEDED;
import static dev.revops.billing.subscription.SubscriptionAction.PERIOD_END;
import static dev.revops.billing.subscription.SubscriptionAction.REACTIVATE;
import static dev.revops.billing.subscription.SubscriptionAction.RESUME;
import static dev.revops.billing.subscription.SubscriptionAction.SCHEDULE_CANCEL;
import static dev.revops.billing.subscription.SubscriptionAction.START;
import static dev.revops.billing.subscription.SubscriptionAction.START_INCOMPLETE;
import static dev.revops.billing.subscription.SubscriptionAction.START_TRIAL;
import static dev.revops.billing.subscription.SubscriptionStatus.ACTIVE;
import static dev.revops.billing.subscription.SubscriptionStatus.CANCELLED;
import static dev.revops.billing.subscription.SubscriptionStatus.EXPIRED;
import static dev.revops.billing.subscription.SubscriptionStatus.INCOMPLETE;
import static dev.revops.billing.subscription.SubscriptionStatus.INCOMPLETE_EXPIRED;
import static dev.revops.billing.subscription.SubscriptionStatus.NON_RENEWING;
import static dev.revops.billing.subscription.SubscriptionStatus.PAST_DUE;
import static dev.revops.billing.subscription.SubscriptionStatus.PAUSED;
import static dev.revops.billing.subscription.SubscriptionStatus.PENDING;
import static dev.revops.billing.subscription.SubscriptionStatus.TRIALING;
import static dev.revops.billing.subscription.SubscriptionStatus.UNPAID;

import dev.revops.core.statemachine.StateMachine;

/**
 * The subscription lifecycle: Stripe's states, Chargebee's non-renewing state for a cancellation at
 * period end, and Kill Bill's pending state for a start in the future. Stateless.
 */
public final class SubscriptionLifecycle {
  private SubscriptionLifecycle() {}

  /** The machine; immutable and shared. */
  public static final StateMachine<SubscriptionStatus, SubscriptionAction> MACHINE =
      StateMachine.<SubscriptionStatus, SubscriptionAction>builder(PENDING)
          .permit(PENDING, START_TRIAL, TRIALING)
          .permit(PENDING, START, ACTIVE)
          .permit(PENDING, START_INCOMPLETE, INCOMPLETE)
          .permit(PENDING, CANCEL, CANCELLED)
          .permit(INCOMPLETE, PAYMENT_SUCCEEDED, ACTIVE)
          .permit(INCOMPLETE, EXPIRE_INCOMPLETE, INCOMPLETE_EXPIRED)
          .permit(TRIALING, END_TRIAL, ACTIVE)
          .permit(TRIALING, PAYMENT_FAILED, PAST_DUE)
          .permit(TRIALING, SCHEDULE_CANCEL, NON_RENEWING)
          .permit(TRIALING, PAUSE, PAUSED)
          .permit(TRIALING, CANCEL, CANCELLED)
          .permit(ACTIVE, PAYMENT_FAILED, PAST_DUE)
          .permit(ACTIVE, SCHEDULE_CANCEL, NON_RENEWING)
          .permit(ACTIVE, PAUSE, PAUSED)
          .permit(ACTIVE, CANCEL, CANCELLED)
          .permit(ACTIVE, EXPIRE_TERM, EXPIRED)
          .permit(NON_RENEWING, REACTIVATE, ACTIVE)
          .permit(NON_RENEWING, PERIOD_END, CANCELLED)
          .permit(NON_RENEWING, CANCEL, CANCELLED)
          .permit(NON_RENEWING, PAYMENT_FAILED, PAST_DUE)
          .permit(PAST_DUE, PAYMENT_SUCCEEDED, ACTIVE)
          .permit(PAST_DUE, MARK_UNPAID, UNPAID)
          .permit(PAST_DUE, CANCEL, CANCELLED)
          .permit(UNPAID, PAYMENT_SUCCEEDED, ACTIVE)
          .permit(UNPAID, CANCEL, CANCELLED)
          .permit(PAUSED, RESUME, ACTIVE)
          .permit(PAUSED, CANCEL, CANCELLED)
          .terminal(INCOMPLETE_EXPIRED)
          .terminal(CANCELLED)
          .terminal(EXPIRED)
          .build();
}
