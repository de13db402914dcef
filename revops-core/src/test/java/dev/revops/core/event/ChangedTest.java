package dev.revops.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.EventId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChangedTest {
  record Bumped(EventId eventId, String aggregateId, Instant occurredAt) implements DomainEvent {}

  @Test
  void thenKeepsEventsOfBothStepsInOrder() {
    Bumped first = new Bumped(EventId.of("1"), "x", Instant.EPOCH);
    Bumped second = new Bumped(EventId.of("2"), "x", Instant.EPOCH);
    Changed<Integer> changed = Changed.of(1, first).then(v -> Changed.of(v + 1, second));
    assertThat(changed.value()).isEqualTo(2);
    assertThat(changed.events()).containsExactly(first, second);
    assertThat(Changed.unchanged(5).hasEvents()).isFalse();
  }
}
