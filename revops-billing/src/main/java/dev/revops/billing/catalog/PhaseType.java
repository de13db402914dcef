package dev.revops.billing.catalog;

/** The kind of a plan phase, after Kill Bill. Immutable and thread-safe. */
public enum PhaseType {
  /** A free (or fixed-price) trial with a duration. */
  TRIAL,
  /** A discounted phase with a duration and its own prices. */
  DISCOUNT,
  /** A fixed term with a duration; the subscription expires when it ends (must be last). */
  FIXED_TERM,
  /** The phase that renews for ever (must be last, without a duration). */
  EVERGREEN
}
