package dev.revops.core.statemachine;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A move that happened, for an audit trail: from, event, to, when and who. Immutable.
 *
 * @param <S> the state type
 * @param <E> the event type
 * @param from the state before
 * @param event the event fired
 * @param to the state after
 * @param at when the move happened
 * @param actor who or what made it (a user id, {@code "system"}, a job name); never personal data
 */
public record TransitionRecord<S, E>(S from, E event, S to, Instant at, String actor) {
  /** Checks every part is present. */
  public TransitionRecord {
    requireNonNull(from, "from");
    requireNonNull(event, "event");
    requireNonNull(to, "to");
    requireNonNull(at, "at");
    requireNonNull(actor, "actor");
  }
}
