package dev.revops.core.event;

import java.time.Instant;

/**
 * A test event that happened at the epoch, for tests whose events need only an id and the aggregate
 * they are about.
 */
public interface EpochEvent extends DomainEvent {
  @Override
  default Instant occurredAt() {
    return Instant.EPOCH;
  }
}
