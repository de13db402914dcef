package dev.revops.collections.service;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.activity.Activity;
import dev.revops.core.consent.ContactDecision;
import java.util.List;
import java.util.Optional;

/**
 * What the contact gate decided, with the log entry it wrote. Immutable.
 *
 * @param status allowed, blocked or dropped
 * @param decision the compliance decision with every rule's outcome; null when dropped before
 *     compliance ran
 * @param entry the activity-log entry (its id is the attempt id for outcomes)
 */
public record GateResult(Status status, ContactDecision decision, Activity entry) {
  /** Checks the fields. */
  public GateResult {
    requireNonNull(status, "status");
    requireNonNull(entry, "entry");
  }

  /**
   * Tells whether the contact may be made.
   *
   * @return true when allowed
   */
  public boolean allowed() {
    return status == Status.ALLOWED;
  }

  /**
   * Returns the decision.
   *
   * @return the decision, empty when dropped
   */
  public Optional<ContactDecision> decisionIfAny() {
    return Optional.ofNullable(decision);
  }

  /**
   * Returns the ids of the rules that blocked.
   *
   * @return the ids, empty unless blocked
   */
  public List<String> blockingRuleIds() {
    return decision == null ? List.of() : decision.blockingRuleIds();
  }

  /** The gate's verdict. */
  public enum Status {
    /** Compliance allowed it; make the contact and record its outcome. */
    ALLOWED,
    /** A compliance rule blocked it. */
    BLOCKED,
    /** The latest payment settled the debt; no contact needed. */
    DROPPED_SETTLED
  }
}
