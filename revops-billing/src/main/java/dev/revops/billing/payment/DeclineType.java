package dev.revops.billing.payment;

/** Whether a decline may succeed on a later try. Immutable and thread-safe. */
public enum DeclineType {
  /** Temporary (insufficient funds, issuer unavailable): retried by the schedule. */
  SOFT,
  /** Final (stolen card, closed account): never retried. */
  HARD
}
