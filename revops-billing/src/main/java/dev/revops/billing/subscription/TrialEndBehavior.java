package dev.revops.billing.subscription;

/**
 * What happens when a trial ends and the account has no payment method (Stripe's
 * missing_payment_method). Immutable and thread-safe.
 */
public enum TrialEndBehavior {
  /** Cancel the subscription. */
  CANCEL,
  /** Pause it, without billing, until a payment method arrives. */
  PAUSE,
  /** Activate it and send the invoice anyway (it may go past due). */
  CREATE_INVOICE
}
