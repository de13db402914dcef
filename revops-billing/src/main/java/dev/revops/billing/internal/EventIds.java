package dev.revops.billing.internal;

import dev.revops.core.id.EventId;

/**
 * Deterministic event ids: {@code aggregateId@nextVersion:type#n}. The same change of the same
 * version always yields the same ids, so consumers can de-duplicate redeliveries. Stateless.
 */
public final class EventIds {
  private EventIds() {}

  /**
   * Makes an event id.
   *
   * @param aggregateId the aggregate's id
   * @param loadedVersion the version the change was applied to
   * @param type the event type
   * @param n the event's position within the change
   * @return the id
   */
  public static EventId of(Object aggregateId, long loadedVersion, String type, int n) {
    return EventId.of(aggregateId + "@" + (loadedVersion + 1) + ":" + type + "#" + n);
  }
}
