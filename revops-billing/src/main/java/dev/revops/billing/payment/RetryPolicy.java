package dev.revops.billing.payment;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.subscription.ExhaustedAction;
import java.time.Duration;
import java.time.Instant;

/**
 * The failed-payment retry policy: the schedule, and what happens to the subscription and the
 * invoice when it runs out. Hard declines are never retried. Immutable and thread-safe.
 *
 * @param schedule when to retry
 * @param onSubscription cancel, mark unpaid or leave past due
 * @param onInvoice mark uncollectible or leave open
 */
public record RetryPolicy(
    RetrySchedule schedule, ExhaustedAction onSubscription, InvoiceExhaustedAction onInvoice) {
  /** Checks the parts. */
  public RetryPolicy {
    requireNonNull(schedule, "schedule");
    requireNonNull(onSubscription, "onSubscription");
    requireNonNull(onInvoice, "onInvoice");
  }

  /**
   * Stripe's default: 8 tries within 2 weeks, then the subscription is marked unpaid and the
   * invoice left open.
   *
   * @return the policy
   */
  public static RetryPolicy stripeDefault() {
    return new RetryPolicy(
        RetrySchedule.spread(8, Duration.ofDays(14)),
        ExhaustedAction.MARK_UNPAID,
        InvoiceExhaustedAction.LEAVE_OPEN);
  }

  /**
   * Kill Bill's default retry days: 8, 8, 8; then the subscription stays past due.
   *
   * @return the policy
   */
  public static RetryPolicy killBillDefault() {
    return new RetryPolicy(
        RetrySchedule.days(8, 8, 8),
        ExhaustedAction.LEAVE_PAST_DUE,
        InvoiceExhaustedAction.LEAVE_OPEN);
  }

  /**
   * Decides what follows a payment's last attempt.
   *
   * @param payment the payment after its last attempt
   * @param lastAttemptAt when the last attempt was made
   * @return retry at a time, resolve the unknown first, or give up (with what the policy does)
   */
  public RetryDecision decide(Payment payment, Instant lastAttemptAt) {
    if (payment.unresolved().isPresent()) {
      return new RetryDecision.ResolveFirst(
          "payment " + payment.id() + " has an unresolved result; look it up before retrying");
    }
    PaymentTransaction last = null;
    for (PaymentTransaction t : payment.transactions()) {
      if (t.result().status() == TransactionStatus.FAILURE) {
        last = t;
      }
    }
    if (payment.status() != PaymentStatus.FAILED || last == null) {
      throw new IllegalStateException(
          "payment " + payment.id() + " is " + payment.status() + ": nothing to retry");
    }
    Decline decline = last.result().decline();
    if (decline.type() == DeclineType.HARD) {
      return new RetryDecision.GiveUp("hard decline: " + decline.code(), onSubscription, onInvoice);
    }
    int failures = payment.failedAttempts();
    if (failures > schedule.retries()) {
      return new RetryDecision.GiveUp("retries exhausted", onSubscription, onInvoice);
    }
    return new RetryDecision.RetryAt(
        lastAttemptAt.plus(schedule.delays().get(failures - 1)), failures + 1);
  }
}
