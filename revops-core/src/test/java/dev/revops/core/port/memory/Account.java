package dev.revops.core.port.memory;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.event.EpochEvent;
import dev.revops.core.id.EventId;

/** A test aggregate: a balance, with the event of each change. */
record Account(String id, long balance, long version) implements Aggregate<String, Account> {
  @Override
  public Account withVersion(long v) {
    return new Account(id, balance, v);
  }

  Account plus(long amount) {
    return new Account(id, balance + amount, version);
  }

  /** The event of one change, unique per (account, version it was made from). */
  record Moved(String aggregateId, long fromVersion, long amount) implements EpochEvent {
    @Override
    public EventId eventId() {
      return EventId.of("moved-" + aggregateId + "-" + fromVersion);
    }
  }
}
