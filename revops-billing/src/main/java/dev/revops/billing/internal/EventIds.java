package dev.revops.billing.internal;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.EventId;

/**
 * Deterministic event ids: {@code aggregateId@nextVersion:type#n}, where {@code type} is the
 * event's {@link DomainEvent#type()} (the record's simple name: no billing event overrides it, and
 * a test checks that every event's id carries its {@code type()}). The same change of the same
 * version always yields the same ids, so consumers can de-duplicate redeliveries; {@code n} tells
 * apart two events of one type in one change. Stateless.
 *
 * <p>The id is core's {@link EventId#forChange} and the position, which billing needs (one change
 * can emit two events of a type, e.g. two status changes); this is the only place billing builds an
 * event id.
 */
public final class EventIds {
  private EventIds() {}

  /**
   * Makes an event id.
   *
   * @param aggregateId the aggregate's id
   * @param loadedVersion the version the change was applied to
   * @param type the event's class; its simple name is the event's {@code type()}
   * @param n the event's position among the events of that type within the change
   * @return the id
   */
  public static EventId of(
      Object aggregateId, long loadedVersion, Class<? extends DomainEvent> type, int n) {
    return EventId.of(
        aggregateId + "@" + (loadedVersion + 1) + ":" + type.getSimpleName() + "#" + n);
  }
}
