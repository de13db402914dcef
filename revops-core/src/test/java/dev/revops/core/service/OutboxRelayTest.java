package dev.revops.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.event.EpochEvent;
import dev.revops.core.id.EventId;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.memory.InMemoryOutbox;
import dev.revops.core.port.memory.InMemoryUnitOfWork;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OutboxRelayTest {
  record Happened(String aggregateId, int n) implements EpochEvent {
    @Override
    public EventId eventId() {
      return EventId.of(aggregateId + "-" + n);
    }
  }

  private final InMemoryOutbox outbox = new InMemoryOutbox();
  private final List<DomainEvent> received = Collections.synchronizedList(new ArrayList<>());

  @Test
  void deliversInOrderMarksDeliveredAndAFailingPublisherKeepsTheRestPending() {
    int[] calls = {0};
    EventPublisher flaky =
        events -> {
          if (++calls[0] == 3) {
            throw new IllegalStateException("broker down");
          }
          received.addAll(events);
        };
    OutboxRelay relay = new OutboxRelay(outbox, flaky);
    for (int i = 1; i <= 5; i++) {
      outbox.publish(List.of(new Happened("a", i)));
    }
    assertThatThrownBy(relay::deliverPending).hasMessage("broker down");
    assertThat(received).containsExactly(new Happened("a", 1), new Happened("a", 2));
    assertThat(outbox.pendingCount()).isEqualTo(3);
    assertThat(outbox.deliveredCount()).isEqualTo(2);
    assertThat(relay.deliverPending()).isEqualTo(3);
    assertThat(received).extracting(e -> ((Happened) e).n()).containsExactly(1, 2, 3, 4, 5);
    assertThat(outbox.pendingCount()).isZero();
    assertThat(outbox.deliveredCount()).isEqualTo(5);
  }

  @Test
  void afterCommitDeliveryHandsOnlyCommittedEventsOn() {
    InMemoryUnitOfWork work = new InMemoryUnitOfWork();
    OutboxRelay relay = new OutboxRelay(outbox, received::addAll);
    work.afterCommit(relay::deliverPendingQuietly);
    work.run(() -> outbox.publish(List.of(new Happened("a", 1))));
    try {
      work.run(
          () -> {
            outbox.publish(List.of(new Happened("a", 2)));
            throw new IllegalStateException("rolled back");
          });
    } catch (IllegalStateException expected) {
      // the second unit of work's event must never arrive
    }
    work.run(() -> outbox.publish(List.of(new Happened("a", 3))));
    assertThat(received).containsExactly(new Happened("a", 1), new Happened("a", 3));
  }

  @Test
  void concurrentCommittersAndRelaysDeliverEveryEventOnceInOrderPerAggregate() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 200; round++) {
        InMemoryOutbox box = new InMemoryOutbox();
        List<DomainEvent> got = Collections.synchronizedList(new ArrayList<>());
        OutboxRelay relay = new OutboxRelay(box, got::addAll);
        InMemoryUnitOfWork work = new InMemoryUnitOfWork().afterCommit(relay::deliverPending);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          String aggregate = "agg-" + t;
          done.add(
              pool.submit(
                  () -> {
                    gate.await();
                    for (int n = 1; n <= 10; n++) {
                      int k = n;
                      work.run(() -> box.publish(List.of(new Happened(aggregate, k))));
                    }
                    return null;
                  }));
        }
        gate.countDown();
        for (Future<?> f : done) {
          f.get(30, TimeUnit.SECONDS);
        }
        assertThat(box.pendingCount())
            .as("the last committer's relay picked everything up")
            .isZero();
        assertThat(got).hasSize(80).doesNotHaveDuplicates();
        for (int t = 0; t < 8; t++) {
          String aggregate = "agg-" + t;
          assertThat(got.stream().filter(e -> e.aggregateId().equals(aggregate)))
              .extracting(e -> ((Happened) e).n())
              .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theDeduplicatingConsumerPassesEachEventIdOnOnce() {
    DeduplicatingPublisher consumer = new DeduplicatingPublisher(received::addAll, 2);
    consumer.publish(List.of(new Happened("a", 1), new Happened("a", 1), new Happened("a", 2)));
    consumer.publish(new Happened("a", 2));
    assertThat(received).containsExactly(new Happened("a", 1), new Happened("a", 2));
    assertThat(consumer.dropped()).isEqualTo(2);
    consumer.publish(new Happened("a", 3));
    consumer.publish(new Happened("a", 1));
    assertThat(received).as("outside the window of 2, an old id is forgotten").hasSize(4);
    assertThatThrownBy(() -> new DeduplicatingPublisher(received::addAll, 0))
        .hasMessageContaining("window");
  }
}
