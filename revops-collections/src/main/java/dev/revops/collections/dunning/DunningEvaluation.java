package dev.revops.collections.dunning;

import static java.util.Objects.requireNonNull;

import dev.revops.core.event.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The result of evaluating dunning at an instant: the new state, the actions due now, when to
 * evaluate next, and the events (alerts). Immutable.
 *
 * @param next the new state (save it)
 * @param actions the actions due now, in ladder order; empty when nothing is due
 * @param nextEvaluationAt the instant the next step falls due, or null when no step is waiting on
 *     time (then only new facts, such as a payment or a new invoice, change anything)
 * @param events the events to publish
 */
public record DunningEvaluation(
    DunningCase next, List<DueAction> actions, Instant nextEvaluationAt, List<DomainEvent> events) {
  /** Checks and copies the fields. */
  public DunningEvaluation {
    requireNonNull(next, "next");
    actions = List.copyOf(actions);
    events = List.copyOf(events);
  }

  /**
   * Returns when to evaluate next.
   *
   * @return the instant, empty when no step waits on time
   */
  public Optional<Instant> nextEvaluation() {
    return Optional.ofNullable(nextEvaluationAt);
  }
}
