package dev.revops.billing.billrun;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.subscription.SubscriptionId;
import java.time.LocalDate;

/**
 * Metered usage of a usage price on a day. Immutable and thread-safe.
 *
 * @param subscription the subscription
 * @param priceId the usage price
 * @param day the account's local date of the usage
 * @param quantity the units used, at least 0
 */
public record UsageRecord(
    SubscriptionId subscription, String priceId, LocalDate day, long quantity) {
  /** Checks the parts. */
  public UsageRecord {
    requireNonNull(subscription, "subscription");
    requireNonNull(priceId, "priceId");
    requireNonNull(day, "day");
    if (quantity < 0) {
      throw new IllegalArgumentException("usage quantity must be >= 0, got " + quantity);
    }
  }
}
