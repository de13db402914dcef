package dev.revops.billing.retirement;

/** What a retirement asks of one subscription now. Immutable and thread-safe. */
public enum Due {
  /** Send the notice: the renewal it is due for is within the notice period, none was sent. */
  NOTICE_DUE,
  /**
   * Put the change to the successor on the subscription: the period ending at the renewal it
   * migrates at has begun (the change is made at the end of that term, never before).
   */
  MIGRATE_AT_RENEWAL,
  /** Record churn: a notified subscription ended before the change took effect. */
  CHURNED,
  /** Record that a notified subscriber moved to another plan of its own accord. */
  LEFT_PLAN,
  /** Nothing to do now (the reason says why, and when something will be due). */
  NOTHING
}
