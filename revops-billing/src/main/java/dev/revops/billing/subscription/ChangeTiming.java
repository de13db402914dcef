package dev.revops.billing.subscription;

/** When a change or a cancellation takes effect (Kill Bill's policies). Immutable, thread-safe. */
public enum ChangeTiming {
  /** Now. */
  IMMEDIATE,
  /** At the end of the current billing period. */
  END_OF_TERM,
  /** At the start of the current billing period: the whole period is credited. */
  START_OF_TERM
}
