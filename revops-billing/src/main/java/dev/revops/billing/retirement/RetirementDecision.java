package dev.revops.billing.retirement;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.subscription.SubscriptionId;
import java.time.LocalDate;

/**
 * What a retirement asks of one subscription, with its date and the reason in words (ids and dates
 * only). Immutable and thread-safe.
 *
 * @param subscription the subscription
 * @param due what is due
 * @param on for {@link Due#NOTICE_DUE} the renewal the subscriber would migrate at; for {@link
 *     Due#MIGRATE_AT_RENEWAL} the first day on the successor; for {@link Due#CHURNED} the first day
 *     without access; for {@link Due#LEFT_PLAN} the first day on the other plan; for {@link
 *     Due#NOTHING} the next day something may be due, or null when nothing will be
 * @param reason why, for logs and operators
 */
public record RetirementDecision(
    SubscriptionId subscription, Due due, LocalDate on, String reason) {
  /** Checks the parts. */
  public RetirementDecision {
    requireNonNull(subscription, "subscription");
    requireNonNull(due, "due");
    requireNonNull(reason, "reason");
    if (due != Due.NOTHING) {
      requireNonNull(on, "on");
    }
  }
}
