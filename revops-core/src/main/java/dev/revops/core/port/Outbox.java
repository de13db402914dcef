package dev.revops.core.port;

import dev.revops.core.event.DomainEvent;
import java.util.List;

/**
 * The transactional outbox: services append the events of a change here, inside the same {@link
 * UnitOfWork} as the change, so an event exists if and only if its change was committed. A relay
 * ({@code core.service.OutboxRelay}) then hands the pending events to the host's {@link
 * EventPublisher} at least once, in append order (so in order per aggregate), and marks them
 * delivered.
 *
 * <p>An outbox is an {@link EventPublisher} whose {@link #publish(List)} appends: a service written
 * against the publisher port writes to the outbox when it is given one. Implementations must be
 * thread-safe. {@code port.memory.InMemoryOutbox} is the embedded default.
 */
public interface Outbox extends EventPublisher {
  /**
   * Appends events in the current unit of work (outside one, on their own, atomically).
   *
   * @param events the events of one change, in order; may be empty
   */
  @Override
  void publish(List<? extends DomainEvent> events);

  /**
   * Returns the oldest events not yet delivered, in append order.
   *
   * @param limit the most to return (above zero)
   * @return the entries, oldest first; empty when nothing is pending
   */
  List<OutboxEntry> pending(int limit);

  /**
   * Marks entries delivered, so {@link #pending(int)} no longer returns them. Marking an entry
   * twice, or one that does not exist, does nothing.
   *
   * @param sequences the entries' sequence numbers
   */
  void markDelivered(List<Long> sequences);

  /**
   * Returns how many entries have been delivered so far.
   *
   * @return the count
   */
  long deliveredCount();

  /**
   * Returns how many entries are waiting for delivery.
   *
   * @return the count
   */
  long pendingCount();
}
