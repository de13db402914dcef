package dev.revops.billing.catalog;

/**
 * What a new price version means for subscriptions that already exist (Kill Bill issue #2291: make
 * it explicit). Immutable and thread-safe.
 */
public enum ExistingSubscriptionRule {
  /** Existing subscriptions keep the version that was effective when they were created. */
  GRANDFATHER,
  /** Existing subscriptions move to the new version from their first period starting after it. */
  MOVE_AT_NEXT_RENEWAL
}
