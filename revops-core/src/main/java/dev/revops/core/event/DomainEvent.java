package dev.revops.core.event;

import dev.revops.core.id.EventId;
import java.time.Instant;

/**
 * Something that happened to an aggregate. Events are immutable values; a change returns them (see
 * {@link Changed}) and a service publishes them, so the domain never publishes by itself. Consumers
 * de-duplicate by {@link #eventId()}: delivery is at least once.
 */
public interface DomainEvent {
  /**
   * Returns the id that makes the event unique.
   *
   * @return the event id
   */
  EventId eventId();

  /**
   * Returns the id of the aggregate the event happened to.
   *
   * @return the aggregate id as text
   */
  String aggregateId();

  /**
   * Returns when it happened.
   *
   * @return the instant
   */
  Instant occurredAt();

  /**
   * Returns a short stable name of the event's type, e.g. {@code "InvoicePaid"}; by default the
   * class's simple name.
   *
   * @return the type name
   */
  default String type() {
    return getClass().getSimpleName();
  }
}
