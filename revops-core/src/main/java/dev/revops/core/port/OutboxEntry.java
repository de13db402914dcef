package dev.revops.core.port;

import static java.util.Objects.requireNonNull;

import dev.revops.core.event.DomainEvent;

/**
 * One event in the {@link Outbox}, with the sequence number the outbox gave it at commit (strictly
 * increasing in commit order). Immutable and thread-safe.
 *
 * @param sequence the position in the outbox, from 1
 * @param event the event
 */
public record OutboxEntry(long sequence, DomainEvent event) {
  /** Checks the values. */
  public OutboxEntry {
    if (sequence < 1) {
      throw new IllegalArgumentException("outbox sequence must be >= 1, got " + sequence);
    }
    requireNonNull(event, "event");
  }
}
