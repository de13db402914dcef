package dev.revops.billing.retirement;

/** Where one subscriber of a retired plan stands. Immutable and thread-safe. */
public enum MigrationStatus {
  /** The notice was sent; the subscriber is still on the retired plan. */
  NOTIFIED,
  /** The change to the successor is on the subscription, from a renewal (possibly still ahead). */
  MIGRATED,
  /**
   * The subscription ended after the notice and before the change took effect: churn attributed to
   * the retirement (terminal).
   */
  CHURNED,
  /**
   * The subscriber moved to another plan of its own accord before the change took effect
   * (terminal).
   */
  LEFT_PLAN
}
