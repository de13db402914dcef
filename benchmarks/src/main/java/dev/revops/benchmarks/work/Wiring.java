package dev.revops.benchmarks.work;

import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.Locks;
import dev.revops.core.port.Outbox;
import dev.revops.core.port.UnitOfWork;
import dev.revops.core.port.memory.InMemoryLocks;
import dev.revops.core.port.memory.InMemoryOutbox;
import dev.revops.core.port.memory.InMemoryUnitOfWork;
import dev.revops.core.service.OutboxRelay;
import java.util.function.Supplier;

/**
 * How one pass reaches the host's publisher: through {@code InMemoryUnitOfWork} and {@code
 * InMemoryOutbox} with its after-commit relay, or direct ({@code UnitOfWork.direct()} and a {@link
 * PassThroughOutbox}, the floor).
 *
 * @param work the unit of work
 * @param outbox the outbox
 * @param withUnitOfWork whether this is the unit-of-work wiring
 */
record Wiring(UnitOfWork work, Outbox outbox, boolean withUnitOfWork) {
  private static final Locks NO_LOCKS =
      new Locks() {
        @Override
        public <T> T withLock(String subject, Supplier<T> work) {
          return work.get();
        }
      };

  /**
   * The wiring to the host.
   *
   * @param host where events end up
   * @param withUnitOfWork through the unit of work and the outbox, or direct
   * @return the wiring
   */
  static Wiring to(EventPublisher host, boolean withUnitOfWork) {
    if (withUnitOfWork) {
      InMemoryOutbox box = new InMemoryOutbox();
      OutboxRelay relay = new OutboxRelay(box, host);
      return new Wiring(
          new InMemoryUnitOfWork().afterCommit(relay::deliverPendingQuietly), box, true);
    }
    return new Wiring(UnitOfWork.direct(), new PassThroughOutbox(host), false);
  }

  /**
   * The per-debtor locks that go with this wiring: {@code InMemoryLocks} with the unit of work,
   * none (the work runs at once) direct.
   *
   * @return the locks
   */
  Locks locks() {
    return withUnitOfWork ? new InMemoryLocks() : NO_LOCKS;
  }
}
