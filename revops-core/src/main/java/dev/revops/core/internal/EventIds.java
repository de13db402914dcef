package dev.revops.core.internal;

import dev.revops.core.id.EventId;

/**
 * Deterministic event ids: the aggregate's id, the version the change will be saved with, and the
 * event's type. A change is saved at most once per version, so ids never repeat, and replaying a
 * domain change yields the same ids (consumers de-duplicate on them). Stateless.
 */
public final class EventIds {
  private EventIds() {}

  /**
   * Returns the id of an event.
   *
   * @param aggregateId the aggregate's id
   * @param loadedVersion the version the aggregate was loaded with (the change is saved as the next
   *     one)
   * @param type the event's type name
   * @return the id
   */
  public static EventId of(Object aggregateId, long loadedVersion, String type) {
    return EventId.of(aggregateId + "@" + (loadedVersion + 1) + ":" + type);
  }
}
