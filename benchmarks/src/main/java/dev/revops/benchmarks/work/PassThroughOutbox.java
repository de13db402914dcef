package dev.revops.benchmarks.work;

import static java.util.Objects.requireNonNull;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.Outbox;
import dev.revops.core.port.OutboxEntry;
import java.util.List;

/**
 * The baseline "no outbox": an {@link Outbox} that hands every event to its target at once, as a
 * service that published directly did before units of work and outboxes existed. Nothing is ever
 * pending. For benchmarks only: a failure after the save loses the events.
 */
public final class PassThroughOutbox implements Outbox {
  private final EventPublisher target;
  private long delivered;

  /**
   * Creates the outbox.
   *
   * @param target where events go at once
   */
  public PassThroughOutbox(EventPublisher target) {
    this.target = requireNonNull(target, "target");
  }

  @Override
  public void publish(List<? extends DomainEvent> events) {
    target.publish(events);
    delivered += events.size();
  }

  @Override
  public List<OutboxEntry> pending(int limit) {
    return List.of();
  }

  @Override
  public void markDelivered(List<Long> sequences) {}

  @Override
  public long deliveredCount() {
    return delivered;
  }

  @Override
  public long pendingCount() {
    return 0;
  }
}
