package dev.revops.sales.servicecase;

import dev.revops.core.id.UserId;
import java.time.Instant;

/**
 * How a service case has been handled: the agents' responses and the escalation. Immutable and
 * thread-safe.
 *
 * @param firstResponseAt the first agent response, or null
 * @param lastResponseAt the latest agent response, or null
 * @param escalatedTo the user it was escalated to, or null
 */
public record CaseHandling(Instant firstResponseAt, Instant lastResponseAt, UserId escalatedTo) {

  /** No response yet, not escalated. */
  public static final CaseHandling NONE = new CaseHandling(null, null, null);

  /**
   * Returns the handling after a response: the first one is kept, the latest replaced.
   *
   * @param at when
   * @return the copy
   */
  public CaseHandling respondedAt(Instant at) {
    return new CaseHandling(firstResponseAt == null ? at : firstResponseAt, at, escalatedTo);
  }

  /**
   * Returns the handling escalated to a user.
   *
   * @param owner the user
   * @return the copy
   */
  public CaseHandling escalate(UserId owner) {
    return new CaseHandling(firstResponseAt, lastResponseAt, owner);
  }
}
