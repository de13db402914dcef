package dev.revops.sales.servicecase;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One SLA clock of a case at an instant. Immutable.
 *
 * @param kind first response, update or solution
 * @param target the target
 * @param elapsed the business time counted so far (only while NEW or OPEN)
 * @param state met, running, upcoming breach or breached
 * @param dueAt when it breaches if the clock keeps running, or null when stopped or done
 */
public record SlaClock(Kind kind, Duration target, Duration elapsed, State state, Instant dueAt) {
  /** The three SLA clocks. */
  public enum Kind {
    /** Creation to the first agent response. */
    FIRST_RESPONSE,
    /** The latest agent response to the next. */
    UPDATE,
    /** Creation to closing. */
    SOLUTION
  }

  /** Where a clock stands. */
  public enum State {
    /** Stopped within the target. */
    MET,
    /** Running (or paused) with time left. */
    RUNNING,
    /** Running with at most the warning time left: an upcoming breach. */
    WARNING,
    /** Past its target. */
    BREACHED
  }

  /** Checks the parts. */
  public SlaClock {
    requireNonNull(kind, "kind");
    requireNonNull(target, "target");
    requireNonNull(elapsed, "elapsed");
    requireNonNull(state, "state");
  }

  /**
   * Returns when it breaches if it keeps running.
   *
   * @return the instant, or empty
   */
  public Optional<Instant> due() {
    return Optional.ofNullable(dueAt);
  }
}
