package dev.revops.core.statemachine;

import static java.util.Objects.requireNonNull;

import java.util.function.Predicate;

/**
 * One legal move of a {@link StateMachine}: in state {@code from}, event {@code event} leads to
 * {@code to}, if the guard (when there is one) accepts the context. Immutable; the guard must be
 * side-effect free and thread-safe.
 *
 * @param <S> the state type
 * @param <E> the event type
 * @param from the source state
 * @param event the event
 * @param to the target state
 * @param guardName a name for the guard shown in errors and diagrams, or {@code null} for none
 * @param guard the condition over a context object, or {@code null} for none
 */
public record Transition<S, E>(S from, E event, S to, String guardName, Predicate<Object> guard) {
  /** Checks the states and the event are present and guard and name come together. */
  public Transition {
    requireNonNull(from, "from");
    requireNonNull(event, "event");
    requireNonNull(to, "to");
    if ((guard == null) != (guardName == null)) {
      throw new IllegalArgumentException("a guard needs a name and a name needs a guard");
    }
  }

  /**
   * Tells whether the move has a guard.
   *
   * @return true when guarded
   */
  public boolean guarded() {
    return guard != null;
  }

  /**
   * Tells whether the guard (if any) accepts the context.
   *
   * @param context the context the guard reads; may be null
   * @return true when the move may happen
   */
  public boolean allows(Object context) {
    return guard == null || guard.test(context);
  }
}
