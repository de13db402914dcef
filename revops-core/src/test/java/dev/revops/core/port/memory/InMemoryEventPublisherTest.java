package dev.revops.core.port.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.EventId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryEventPublisherTest {
  record Happened(EventId eventId, String aggregateId, Instant occurredAt) implements DomainEvent {}

  record Other(EventId eventId, String aggregateId, Instant occurredAt) implements DomainEvent {}

  @Test
  void keepsOrderAndFeedsSubscribers() {
    InMemoryEventPublisher publisher = new InMemoryEventPublisher();
    List<String> seen = new ArrayList<>();
    publisher.subscribe(e -> seen.add(e.eventId().value()));
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    publisher.publish(
        List.of(new Happened(EventId.of("1"), "a", t), new Other(EventId.of("2"), "a", t)));
    publisher.publish(new Happened(EventId.of("3"), "b", t));
    assertThat(seen).containsExactly("1", "2", "3");
    assertThat(publisher.published())
        .extracting(DomainEvent::type)
        .containsExactly("Happened", "Other", "Happened");
    assertThat(publisher.published(Happened.class)).hasSize(2);
    publisher.clear();
    assertThat(publisher.published()).isEmpty();
  }

  @Test
  void withoutHistoryOnlySubscribersSeeEvents() {
    InMemoryEventPublisher publisher = new InMemoryEventPublisher(false);
    List<DomainEvent> seen = new ArrayList<>();
    publisher.subscribe(seen::add);
    publisher.publish(new Happened(EventId.of("1"), "a", Instant.EPOCH));
    assertThat(seen).hasSize(1);
    assertThat(publisher.published()).isEmpty();
  }

  @Test
  void idGeneratorsNeverRepeat() {
    SequentialIdGenerator seq = new SequentialIdGenerator("acct");
    assertThat(seq.nextId()).isEqualTo("acct-1");
    assertThat(seq.next(dev.revops.core.id.AccountId::of).value()).isEqualTo("acct-2");
    UuidIdGenerator uuid = new UuidIdGenerator();
    assertThat(uuid.nextId()).isNotEqualTo(uuid.nextId());
  }
}
