package dev.revops.testkit.fault.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.core.port.Locks;
import dev.revops.core.port.Outbox;
import dev.revops.core.port.UnitOfWork;
import dev.revops.core.port.memory.InMemoryLocks;
import dev.revops.core.port.memory.InMemoryOutbox;
import dev.revops.core.port.memory.InMemoryUnitOfWork;
import dev.revops.sales.service.SalesStores;

/**
 * One fresh, empty set of the adapters revops-sales runs on, for one run of a fault or race suite:
 * the stores, the unit of work they take part in, the outbox and the locks. A database adapter's
 * tests hand the suites a factory of these over a clean schema. Immutable; no part is null.
 *
 * @param stores the sales stores (empty)
 * @param unitOfWork the unit of work the stores take part in
 * @param outbox the outbox (empty), in the same unit of work
 * @param locks the locks
 */
public record SalesAdapters(SalesStores stores, UnitOfWork unitOfWork, Outbox outbox, Locks locks) {
  /** Checks the parts. */
  public SalesAdapters {
    requireNonNull(stores, "stores");
    requireNonNull(unitOfWork, "unitOfWork");
    requireNonNull(outbox, "outbox");
    requireNonNull(locks, "locks");
  }

  /**
   * Returns the embedded adapters: {@link SalesStores#inMemory()}, a new {@link
   * InMemoryUnitOfWork}, {@link InMemoryOutbox} and {@link InMemoryLocks}.
   *
   * @return the adapters
   */
  public static SalesAdapters inMemory() {
    return new SalesAdapters(
        SalesStores.inMemory(),
        new InMemoryUnitOfWork(),
        new InMemoryOutbox(),
        new InMemoryLocks());
  }
}
