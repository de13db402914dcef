package dev.revops.collections.event;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.EventId;

/**
 * An event that happens at most once in its aggregate's life (a promise kept or broken, a plan
 * completed or defaulted), so its id is its type and the aggregate's id: a replay of the same
 * change yields the same id and is deduplicated.
 */
public interface OncePerAggregateEvent extends DomainEvent {
  /**
   * The type and the aggregate's id.
   *
   * @return e.g. {@code PromiseKept:p-1}
   */
  @Override
  default EventId eventId() {
    return EventId.of(type() + ":" + aggregateId());
  }
}
