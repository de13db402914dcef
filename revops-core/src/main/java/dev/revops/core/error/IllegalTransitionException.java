package dev.revops.core.error;

import java.util.Set;

/**
 * An event was fired in a state that does not allow it, or a guard refused it. Carries the state,
 * the event and the events that are allowed in that state, so a caller (or a UI) can say what would
 * have been possible.
 */
public class IllegalTransitionException extends RevOpsException {
  private static final long serialVersionUID = 1L;

  private final transient Object from;
  private final transient Object event;
  private final transient Set<?> allowed;

  /**
   * Creates the exception.
   *
   * @param from the current state
   * @param event the event that was refused
   * @param allowed the events allowed in {@code from}
   * @param reason why, when a guard refused, or {@code null} when the move does not exist
   */
  public IllegalTransitionException(Object from, Object event, Set<?> allowed, String reason) {
    super(
        "Cannot fire "
            + event
            + " in state "
            + from
            + (reason == null ? "" : " (" + reason + ")")
            + "; allowed events: "
            + allowed);
    this.from = from;
    this.event = event;
    this.allowed = Set.copyOf(allowed);
  }

  /**
   * Returns the state the event was fired in.
   *
   * @return the current state
   */
  public Object from() {
    return from;
  }

  /**
   * Returns the refused event.
   *
   * @return the event
   */
  public Object event() {
    return event;
  }

  /**
   * Returns the events that the state allows.
   *
   * @return the allowed events, possibly empty (a terminal state)
   */
  public Set<?> allowed() {
    return allowed;
  }
}
