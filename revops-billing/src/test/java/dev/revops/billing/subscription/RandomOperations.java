package dev.revops.billing.subscription;

import static dev.revops.billing.Fixtures.AT;
import static dev.revops.billing.Fixtures.CATALOG;

import dev.revops.billing.Fixtures;
import dev.revops.billing.catalog.Plan;
import dev.revops.core.event.Changed;
import java.time.LocalDate;
import java.util.List;

/**
 * The numbered operations the random-history properties apply to a subscription: 0 to 13, each a
 * method of {@link Subscription} on the day given, at {@link Fixtures#AT}.
 */
public final class RandomOperations {
  private RandomOperations() {}

  /** The plans the histories start on and change to. */
  public static final List<Plan> PLANS =
      List.of(Fixtures.BASIC, Fixtures.PRO, Fixtures.WEEKLY, Fixtures.TRIAL, Fixtures.FIXED);

  /**
   * Applies operation {@code op}: cancellations, reactivation, pauses, payments, retries exhausted,
   * the trial's end, plan changes (10 to 12) and, from 13 on, a cancellation at the end of the
   * term.
   *
   * @param s the subscription
   * @param op the operation's number
   * @param today the day it happens
   * @return what the subscription's method returned
   * @throws dev.revops.core.error.IllegalTransitionException if the state refuses it
   */
  public static Changed<Subscription> apply(Subscription s, int op, LocalDate today) {
    ChangeTiming[] timings = ChangeTiming.values();
    return switch (op) {
      case 0 -> s.cancelNow(CATALOG, today, AT);
      case 1 -> s.cancelAtPeriodEnd(CATALOG, today, AT);
      case 2 -> s.reactivate(today, AT);
      case 3 -> s.pause(today, false, AT);
      case 4 -> s.pause(today, true, AT);
      case 5 -> s.resume(today, AT);
      case 6 -> s.paymentFailed(AT);
      case 7 -> s.paymentSucceeded(AT);
      case 8 -> s.retriesExhausted(ExhaustedAction.MARK_UNPAID, today, AT);
      case 9 -> s.advanceTo(CATALOG, today, TrialEndBehavior.PAUSE, AT);
      case 10, 11, 12 ->
          s.changePlan(
              CATALOG,
              PLANS.get(op % PLANS.size()),
              1 + op % 3,
              timings[op % timings.length],
              ProrationMode.values()[op % 3],
              today,
              AT);
      default -> s.cancel(CATALOG, ChangeTiming.END_OF_TERM, ChangeTiming.START_OF_TERM, today, AT);
    };
  }
}
