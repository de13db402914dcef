package dev.revops.core.port.memory;

import static java.util.Objects.requireNonNull;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.port.EventPublisher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A thread-safe {@link EventPublisher} that keeps every event in publication order and hands each
 * to its subscribers synchronously, in that same order. The embedded default: the demo's metrics
 * projections subscribe to it.
 */
public final class InMemoryEventPublisher implements EventPublisher {
  private final List<DomainEvent> published = new ArrayList<>();
  private final List<Consumer<? super DomainEvent>> subscribers = new CopyOnWriteArrayList<>();
  private final boolean keepHistory;

  /** Creates a publisher that keeps every event it publishes. */
  public InMemoryEventPublisher() {
    this(true);
  }

  /**
   * Creates a publisher.
   *
   * @param keepHistory whether to keep the events for {@link #published()}; a long simulation that
   *     only needs its subscribers passes {@code false} so memory does not grow with events
   */
  public InMemoryEventPublisher(boolean keepHistory) {
    this.keepHistory = keepHistory;
  }

  /**
   * Adds a subscriber that receives every event published from now on.
   *
   * @param subscriber the consumer; must not block for long
   */
  public void subscribe(Consumer<? super DomainEvent> subscriber) {
    subscribers.add(requireNonNull(subscriber, "subscriber"));
  }

  @Override
  public synchronized void publish(List<? extends DomainEvent> events) {
    requireNonNull(events, "events");
    for (DomainEvent e : events) {
      requireNonNull(e, "event");
      if (keepHistory) {
        published.add(e);
      }
      for (Consumer<? super DomainEvent> s : subscribers) {
        s.accept(e);
      }
    }
  }

  /**
   * Returns the events published so far.
   *
   * @return a snapshot in publication order
   */
  public synchronized List<DomainEvent> published() {
    return List.copyOf(published);
  }

  /**
   * Returns the published events of one type.
   *
   * @param type the event class
   * @param <T> the event type
   * @return a snapshot in publication order
   */
  public synchronized <T extends DomainEvent> List<T> published(Class<T> type) {
    List<T> result = new ArrayList<>();
    for (DomainEvent e : published) {
      if (type.isInstance(e)) {
        result.add(type.cast(e));
      }
    }
    return result;
  }

  /** Forgets the events published so far (subscribers stay). */
  public synchronized void clear() {
    published.clear();
  }
}
