package dev.revops.billing.subscription;

/** The status of a subscription. Immutable and thread-safe. */
public enum SubscriptionStatus {
  /** Created with a start date in the future (Kill Bill). */
  PENDING,
  /** Started, waiting for the first payment (Stripe). */
  INCOMPLETE,
  /** The first payment never came (terminal). */
  INCOMPLETE_EXPIRED,
  /** In a trial. */
  TRIALING,
  /** Active and renewing. */
  ACTIVE,
  /** Active until the period ends, then cancelled (Stripe's cancel_at_period_end). */
  NON_RENEWING,
  /** A payment failed; retries are running. */
  PAST_DUE,
  /** Retries ran out; invoices are still created but not collected. */
  UNPAID,
  /** Paused, with or without billing. */
  PAUSED,
  /** Cancelled (terminal). */
  CANCELLED,
  /** A fixed term ended (terminal). */
  EXPIRED
}
