package dev.revops.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.EventId;
import dev.revops.core.port.EventPublisher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link EventPublisher} adapter must keep: every published event is delivered
 * at least once (duplicates are allowed, consumers de-duplicate by event id), and the events of one
 * aggregate arrive in the order they were published. A host extends this class with its outbox or
 * broker adapter and says how to read back what was delivered.
 */
public abstract class EventPublisherContract {
  /** For subclasses. */
  protected EventPublisherContract() {}

  /**
   * Returns a new publisher for one test, wired to a consumer the test can read through {@link
   * #delivered()}.
   *
   * @return the adapter under test
   */
  protected abstract EventPublisher newPublisher();

  /**
   * Returns every event delivered so far by the publisher last made by {@link #newPublisher()}, in
   * delivery order (waiting for asynchronous delivery if the adapter needs it).
   *
   * @return the delivered events, duplicates included
   */
  protected abstract List<DomainEvent> delivered();

  /** An event the contract publishes. */
  public record TestEvent(EventId eventId, String aggregateId, Instant occurredAt, int seq)
      implements DomainEvent {}

  private static List<DomainEvent> events(String aggregate, int from, int count) {
    List<DomainEvent> events = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      events.add(
          new TestEvent(
              EventId.of(aggregate + "-" + i), aggregate, Instant.EPOCH.plusSeconds(i), i));
    }
    return events;
  }

  @Test
  void everyPublishedEventIsDeliveredAtLeastOnce() {
    EventPublisher publisher = newPublisher();
    List<DomainEvent> sent = new ArrayList<>();
    for (int batch = 0; batch < 20; batch++) {
      List<DomainEvent> events = events("agg-" + (batch % 3), batch * 10, 1 + batch % 4);
      publisher.publish(events);
      sent.addAll(events);
    }
    Set<EventId> deliveredIds = new LinkedHashSet<>();
    for (DomainEvent e : delivered()) {
      deliveredIds.add(e.eventId());
    }
    assertThat(deliveredIds).containsAll(sent.stream().map(DomainEvent::eventId).toList());
  }

  @Test
  void eventsOfOneAggregateArriveInPublicationOrder() {
    EventPublisher publisher = newPublisher();
    publisher.publish(events("a", 0, 3));
    publisher.publish(events("b", 0, 2));
    publisher.publish(events("a", 3, 4));
    for (String aggregate : List.of("a", "b")) {
      List<Integer> seqs = new ArrayList<>();
      Set<EventId> seen = new LinkedHashSet<>();
      for (DomainEvent e : delivered()) {
        if (e.aggregateId().equals(aggregate) && seen.add(e.eventId())) {
          seqs.add(((TestEvent) e).seq());
        }
      }
      assertThat(seqs).as("first deliveries of " + aggregate).isSorted();
    }
  }

  @Test
  void anEmptyBatchDeliversNothing() {
    EventPublisher publisher = newPublisher();
    publisher.publish(List.of());
    assertThat(delivered()).isEmpty();
  }
}
