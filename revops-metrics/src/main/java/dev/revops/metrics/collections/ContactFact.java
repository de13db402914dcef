package dev.revops.metrics.collections;

import static java.util.Objects.requireNonNull;

import dev.revops.core.consent.ContactOutcome;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.UserId;
import java.time.LocalDate;

/**
 * One collection contact attempt, as metrics sees it (from collections' activity log or a host's
 * dialer). Holds ids only, no personal data. Immutable and thread-safe; null is never accepted.
 *
 * @param account the account contacted
 * @param collector the collector (or automated channel's user) who made the attempt
 * @param on the day of the attempt
 * @param outcome what it came to
 */
public record ContactFact(
    AccountId account, UserId collector, LocalDate on, ContactOutcome outcome) {
  /** Checks the fields. */
  public ContactFact {
    requireNonNull(account, "account");
    requireNonNull(collector, "collector");
    requireNonNull(on, "on");
    requireNonNull(outcome, "outcome");
  }
}
