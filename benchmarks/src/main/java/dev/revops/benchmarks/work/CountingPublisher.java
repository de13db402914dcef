package dev.revops.benchmarks.work;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.port.EventPublisher;
import java.util.List;

/**
 * A host's publisher reduced to a count and a checksum of event ids, so both wirings can be
 * compared.
 */
public final class CountingPublisher implements EventPublisher {
  private long count;
  private long checksum;

  @Override
  public void publish(List<? extends DomainEvent> events) {
    for (DomainEvent e : events) {
      count++;
      checksum += e.eventId().value().hashCode();
    }
  }

  /**
   * Returns how many events arrived.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /**
   * Returns the sum of the event ids' hash codes: equal for the same events in any order.
   *
   * @return the checksum
   */
  public long checksum() {
    return checksum;
  }
}
