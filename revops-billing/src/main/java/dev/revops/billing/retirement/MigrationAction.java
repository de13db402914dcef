package dev.revops.billing.retirement;

/** What moves a subscriber's {@link MigrationStatus}. Immutable and thread-safe. */
public enum MigrationAction {
  /** The change to the successor was put on the subscription. */
  MIGRATE,
  /** The subscription ended before the change took effect. */
  END,
  /** The subscription moved to a plan other than the successor before the change took effect. */
  CHANGE_PLAN
}
