package dev.revops.collections.activity;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactOutcome;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.id.ReceivableId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One entry of the append-only collections activity log: an attempt (allowed, blocked or dropped)
 * with the rules that decided, or the outcome of an attempt, or a note. It is the documentation of
 * every collection activity of the recovery workflow. Holds ids and codes only, never personal
 * data. Immutable.
 *
 * @param id the entry's id
 * @param at when it happened
 * @param account the account
 * @param debt the debt it is about
 * @param contact the person, or null for account-level notes
 * @param channel the channel, or null for notes
 * @param type the kind of entry
 * @param outcome the outcome, for {@link ActivityType#OUTCOME} entries; otherwise null
 * @param attemptId the attempt an outcome belongs to, or null
 * @param ruleIds the rules that blocked (for blocked attempts) or that decided
 * @param note a short code or reason without personal data, may be empty
 */
public record Activity(
    String id,
    Instant at,
    AccountId account,
    ReceivableId debt,
    ContactId contact,
    Channel channel,
    ActivityType type,
    ContactOutcome outcome,
    String attemptId,
    List<String> ruleIds,
    String note) {

  /** Checks the fields. */
  public Activity {
    requireNonNull(id, "id");
    requireNonNull(at, "at");
    requireNonNull(account, "account");
    requireNonNull(debt, "debt");
    requireNonNull(type, "type");
    ruleIds = List.copyOf(ruleIds);
    note = note == null ? "" : note;
    if (type == ActivityType.OUTCOME && (outcome == null || attemptId == null)) {
      throw new IllegalArgumentException("an outcome entry needs an outcome and an attempt id");
    }
  }

  /**
   * Returns the outcome.
   *
   * @return the outcome, empty unless this is an outcome entry
   */
  public Optional<ContactOutcome> outcomeIfAny() {
    return Optional.ofNullable(outcome);
  }

  /**
   * Tells whether this is an attempt that was placed.
   *
   * @return true for allowed attempts
   */
  @JsonIgnore // derived, not stored: keeps the JSON form to the components
  public boolean isPlacedAttempt() {
    return type == ActivityType.ATTEMPT_ALLOWED;
  }
}
