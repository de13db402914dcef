package dev.revops.testkit.fault.collections;

import dev.revops.collections.CollectionsModule;
import dev.revops.core.port.Locks;
import dev.revops.core.port.Outbox;
import dev.revops.core.port.UnitOfWork;
import dev.revops.core.port.memory.InMemoryLocks;
import dev.revops.core.port.memory.InMemoryOutbox;
import dev.revops.core.port.memory.InMemoryUnitOfWork;

/**
 * What the collections fault and race suites run on: a factory of fresh, empty adapters (the
 * stores, the unit of work they take part in, the outbox and the locks). The in-memory adapters are
 * {@link #inMemory()}; a database adapter implements this over a fresh schema, so the same
 * scenarios prove its transactions. Implementations must return new, empty adapters on every call.
 */
public interface CollectionsBackend {
  /**
   * Returns fresh, empty stores.
   *
   * @return the stores
   */
  CollectionsModule.Stores newStores();

  /**
   * Returns a unit of work the stores of {@link #newStores()} and the outbox take part in.
   *
   * @return the unit of work
   */
  UnitOfWork newUnitOfWork();

  /**
   * Returns a fresh, empty outbox.
   *
   * @return the outbox
   */
  Outbox newOutbox();

  /**
   * Returns fresh locks (shared by every gate of one world).
   *
   * @return the locks
   */
  Locks newLocks();

  /**
   * The embedded adapters: {@code CollectionsModule.Stores.inMemory()}, {@link InMemoryUnitOfWork},
   * {@link InMemoryOutbox} and {@link InMemoryLocks}.
   *
   * @return the backend
   */
  static CollectionsBackend inMemory() {
    return new CollectionsBackend() {
      @Override
      public CollectionsModule.Stores newStores() {
        return CollectionsModule.Stores.inMemory();
      }

      @Override
      public UnitOfWork newUnitOfWork() {
        return new InMemoryUnitOfWork();
      }

      @Override
      public Outbox newOutbox() {
        return new InMemoryOutbox();
      }

      @Override
      public Locks newLocks() {
        return new InMemoryLocks();
      }
    };
  }
}
