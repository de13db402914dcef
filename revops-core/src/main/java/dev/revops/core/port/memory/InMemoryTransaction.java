package dev.revops.core.port.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The writes one in-memory unit of work has staged, bound to the thread that runs it. Not public:
 * stores reach it through {@link TransactionalResource}.
 */
final class InMemoryTransaction {
  private static final ThreadLocal<InMemoryTransaction> CURRENT = new ThreadLocal<>();

  private final Map<TransactionalResource<?>, TransactionalResource.Staged> staged =
      new IdentityHashMap<>();
  private final List<Runnable> afterCommit = new ArrayList<>();

  static InMemoryTransaction current() {
    return CURRENT.get();
  }

  static InMemoryTransaction begin() {
    InMemoryTransaction tx = new InMemoryTransaction();
    CURRENT.set(tx);
    return tx;
  }

  static void end() {
    CURRENT.remove();
  }

  @SuppressWarnings("unchecked")
  <S extends TransactionalResource.Staged> S staged(TransactionalResource<S> resource) {
    TransactionalResource.Staged s = staged.get(resource);
    if (s == null) {
      s = resource.newStaged();
      staged.put(resource, s);
    }
    return (S) s;
  }

  @SuppressWarnings("unchecked")
  <S extends TransactionalResource.Staged> S stagedOrNull(TransactionalResource<S> resource) {
    return (S) staged.get(resource);
  }

  void afterCommit(Runnable listener) {
    afterCommit.add(listener);
  }

  List<Runnable> afterCommitListeners() {
    return afterCommit;
  }

  /**
   * Locks every touched resource in one global order (so two commits never deadlock), checks every
   * staged write against what is stored now, and only then applies them all.
   */
  void commit() {
    if (staged.isEmpty()) {
      return;
    }
    List<TransactionalResource<?>> resources = new ArrayList<>(staged.keySet());
    resources.sort(Comparator.comparingLong(TransactionalResource::order));
    int locked = 0;
    try {
      for (TransactionalResource<?> r : resources) {
        r.commitLock().lock();
        locked++;
      }
      for (TransactionalResource<?> r : resources) {
        staged.get(r).validate();
      }
      for (TransactionalResource<?> r : resources) {
        staged.get(r).apply();
      }
    } finally {
      for (int i = locked - 1; i >= 0; i--) {
        resources.get(i).commitLock().unlock();
      }
    }
  }
}
