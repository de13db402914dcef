package dev.revops.core.port;

import dev.revops.core.event.DomainEvent;
import java.util.List;

/**
 * Receives the events of a change after it was saved. A host backs it with an outbox table or a
 * message broker; delivery to consumers is at least once and in the order given. Implementations
 * must be thread-safe.
 */
public interface EventPublisher {
  /**
   * Publishes events, in order.
   *
   * @param events the events of one change; may be empty
   */
  void publish(List<? extends DomainEvent> events);

  /**
   * Publishes one event.
   *
   * @param event the event
   */
  default void publish(DomainEvent event) {
    publish(List.of(event));
  }
}
