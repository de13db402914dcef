package dev.revops.jdbc.collections;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.CollectionsModule;
import dev.revops.core.port.Locks;
import dev.revops.core.port.Outbox;
import dev.revops.core.port.UnitOfWork;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.testkit.fault.collections.CollectionsBackend;

/**
 * revops-testkit's collections backend on a database: each new set of stores starts from empty
 * collections tables, outbox and locks (the worlds of a sweep run one after another, never at
 * once).
 */
final class JdbcCollectionsBackend implements CollectionsBackend {
  private final RevOpsDatabase db;

  JdbcCollectionsBackend(RevOpsDatabase db) {
    this.db = requireNonNull(db, "db");
  }

  @Override
  public CollectionsModule.Stores newStores() {
    return JdbcCollectionsStores.of(CollectionsTables.clear(db));
  }

  @Override
  public UnitOfWork newUnitOfWork() {
    return db.unitOfWork();
  }

  @Override
  public Outbox newOutbox() {
    return db.outbox();
  }

  @Override
  public Locks newLocks() {
    return db.locks();
  }
}
