package dev.revops.core.service;

import static java.util.Objects.requireNonNull;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.EventId;
import dev.revops.core.port.EventPublisher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The consumer side of at-least-once delivery: passes each event on to its target once, dropping
 * any event whose id it has already passed on. It remembers the last {@code window} ids (oldest
 * forgotten first), which covers a relay's redeliveries after a crash; a consumer whose effects
 * live in a database should instead record the processed ids in that database, in the same
 * transaction as the effect. Thread-safe (one event at a time).
 */
public final class DeduplicatingPublisher implements EventPublisher {
  private final EventPublisher target;
  private final Map<EventId, Boolean> seen;
  private long dropped;

  /**
   * Creates the publisher.
   *
   * @param target the consumer (never null)
   * @param window how many recent event ids to remember (above zero)
   */
  public DeduplicatingPublisher(EventPublisher target, int window) {
    this.target = requireNonNull(target, "target");
    if (window <= 0) {
      throw new IllegalArgumentException("window must be above zero, got " + window);
    }
    this.seen =
        new LinkedHashMap<>(16, 0.75f, false) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<EventId, Boolean> eldest) {
            return size() > window;
          }
        };
  }

  @Override
  public synchronized void publish(List<? extends DomainEvent> events) {
    requireNonNull(events, "events");
    for (DomainEvent e : events) {
      requireNonNull(e, "event");
      if (seen.putIfAbsent(e.eventId(), Boolean.TRUE) != null) {
        dropped++;
        continue;
      }
      try {
        target.publish(e);
      } catch (RuntimeException failure) {
        seen.remove(e.eventId());
        throw failure;
      }
    }
  }

  /**
   * Returns how many duplicates were dropped so far.
   *
   * @return the count
   */
  public synchronized long dropped() {
    return dropped;
  }
}
