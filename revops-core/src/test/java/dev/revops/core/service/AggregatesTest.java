package dev.revops.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.error.ConcurrencyConflictException;
import dev.revops.core.event.Changed;
import dev.revops.core.event.EpochEvent;
import dev.revops.core.id.EventId;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.InMemoryRepository;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class AggregatesTest {
  record Counter(String id, int count, long version) implements Aggregate<String, Counter> {
    @Override
    public Counter withVersion(long version) {
      return new Counter(id, count, version);
    }

    Changed<Counter> increment() {
      return Changed.of(new Counter(id, count + 1, version), new Incremented(id, count + 1));
    }
  }

  record Incremented(String aggregateId, int count) implements EpochEvent {
    @Override
    public EventId eventId() {
      return EventId.of("incremented-" + aggregateId + "-" + count);
    }
  }

  private final InMemoryRepository<String, Counter> store = new InMemoryRepository<>("Counter");
  private final InMemoryEventPublisher published = new InMemoryEventPublisher();
  private final Aggregates aggregates = new Aggregates(published);

  @Test
  void changeLoadsSavesWithTheLoadedVersionAndPublishes() {
    aggregates.create(store, Changed.unchanged(new Counter("c1", 0, Aggregate.NEW)));
    List<String> seen = new ArrayList<>();
    Changed<Counter> result =
        aggregates.change(
            store,
            "c1",
            c -> {
              seen.add(MDC.get("revops.counter"));
              return c.increment();
            });
    assertThat(seen).containsExactly("c1");
    assertThat(MDC.get("revops.counter")).isNull();
    assertThat(result.value().count()).isEqualTo(1);
    assertThat(result.value().version()).isEqualTo(store.get("c1").version());
    assertThat(store.get("c1").count()).isEqualTo(1);
    assertThat(published.published()).containsExactly(new Incremented("c1", 1));
  }

  @Test
  void aStaleCommitThrowsBeforeAnyEventLeaves() {
    Counter first = aggregates.create(store, Changed.unchanged(new Counter("c1", 0, 0))).value();
    aggregates.commit(store, first, first.increment());
    assertThatThrownBy(() -> aggregates.commit(store, first, first.increment()))
        .isInstanceOf(ConcurrencyConflictException.class);
    assertThat(published.published()).hasSize(1);
  }

  @Test
  void anUnchangedValueIsNotSaved() {
    Counter first = aggregates.create(store, Changed.unchanged(new Counter("c1", 0, 0))).value();
    aggregates.commit(store, first, Changed.unchanged(first));
    assertThat(store.get("c1").version()).isEqualTo(first.version());
  }

  @Test
  void theContextKeyFollowsOneConvention() {
    assertThat(Aggregates.mdcKey("Invoice")).isEqualTo("revops.invoice");
    assertThat(Aggregates.mdcKey("PaymentPlan")).isEqualTo("revops.paymentPlan");
    assertThat(Aggregates.inContext("Invoice", "inv-1", () -> MDC.get("revops.invoice")))
        .isEqualTo("inv-1");
    MDC.put("revops.invoice", "outer");
    try {
      assertThat(Aggregates.inContext("Invoice", "inner", () -> MDC.get("revops.invoice")))
          .isEqualTo("inner");
      assertThat(MDC.get("revops.invoice")).isEqualTo("outer");
    } finally {
      MDC.remove("revops.invoice");
    }
    assertThatThrownBy(() -> Aggregates.mdcKey(" ")).hasMessageContaining("blank");
  }
}
