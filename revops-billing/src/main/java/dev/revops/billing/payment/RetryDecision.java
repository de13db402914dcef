package dev.revops.billing.payment;

import dev.revops.billing.subscription.ExhaustedAction;
import java.time.Instant;

/** What to do after a failed payment: a result with its reason, never an exception. Immutable. */
public sealed interface RetryDecision {
  /**
   * Try again at a time.
   *
   * @param at when
   * @param attempt the number of the next try (2 for the first retry)
   */
  record RetryAt(Instant at, int attempt) implements RetryDecision {}

  /**
   * The last result is unknown or pending: look it up through the gateway before anything else.
   *
   * @param reason why
   */
  record ResolveFirst(String reason) implements RetryDecision {}

  /**
   * Stop retrying.
   *
   * @param reason {@code "hard decline: <code>"} or {@code "retries exhausted"}
   * @param subscription what the policy does to the subscription
   * @param invoice what the policy does to the invoice
   */
  record GiveUp(String reason, ExhaustedAction subscription, InvoiceExhaustedAction invoice)
      implements RetryDecision {}
}
