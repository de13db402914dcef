package dev.revops.core.event;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The result of a change: the new value and the events it caused, in order. Immutable when the
 * value is.
 *
 * @param <A> the aggregate type
 * @param value the new value
 * @param events the events, possibly none
 */
public record Changed<A>(A value, List<DomainEvent> events) {
  /** Copies the event list. */
  public Changed {
    requireNonNull(value, "value");
    events = List.copyOf(events);
  }

  /**
   * A change with events.
   *
   * @param value the new value
   * @param events the events it caused
   * @param <A> the aggregate type
   * @return the change
   */
  public static <A> Changed<A> of(A value, DomainEvent... events) {
    return new Changed<>(value, List.of(events));
  }

  /**
   * A change with a list of events.
   *
   * @param value the new value
   * @param events the events it caused
   * @param <A> the aggregate type
   * @return the change
   */
  public static <A> Changed<A> of(A value, List<? extends DomainEvent> events) {
    return new Changed<>(value, List.copyOf(events));
  }

  /**
   * No change: the value as it was, no event.
   *
   * @param value the value
   * @param <A> the aggregate type
   * @return the change without events
   */
  public static <A> Changed<A> unchanged(A value) {
    return new Changed<>(value, List.of());
  }

  /**
   * Applies a further change to the value and keeps the events of both, in order.
   *
   * @param next the next change
   * @return the combined change
   */
  public Changed<A> then(Function<? super A, Changed<A>> next) {
    Changed<A> after = next.apply(value);
    List<DomainEvent> all = new ArrayList<>(events.size() + after.events.size());
    all.addAll(events);
    all.addAll(after.events);
    return new Changed<>(after.value, all);
  }

  /**
   * Tells whether the change caused any event.
   *
   * @return true when there are events
   */
  public boolean hasEvents() {
    return !events.isEmpty();
  }
}
