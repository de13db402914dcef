package dev.revops.core.port.memory;

import java.util.ArrayList;
import java.util.List;

/**
 * The writes one in-memory unit of work has staged, bound to the thread that runs it. Not public:
 * stores reach it through {@link TransactionalResource}. Most units of work touch a handful of
 * stores, so they are kept in a small array, searched by identity.
 */
final class InMemoryTransaction {
  private static final ThreadLocal<InMemoryTransaction> CURRENT = new ThreadLocal<>();

  private final InMemoryUnitOfWork owner;
  private TransactionalResource<?>[] resources = new TransactionalResource<?>[4];
  private TransactionalResource.Staged[] staged = new TransactionalResource.Staged[4];
  private int size;
  private List<Runnable> afterCommit;

  private InMemoryTransaction(InMemoryUnitOfWork owner) {
    this.owner = owner;
  }

  static InMemoryTransaction current() {
    return CURRENT.get();
  }

  static InMemoryTransaction begin(InMemoryUnitOfWork owner) {
    InMemoryTransaction tx = new InMemoryTransaction(owner);
    CURRENT.set(tx);
    return tx;
  }

  static void end() {
    CURRENT.remove();
  }

  InMemoryUnitOfWork owner() {
    return owner;
  }

  <S extends TransactionalResource.Staged> S staged(TransactionalResource<S> resource) {
    S found = stagedOrNull(resource);
    if (found != null) {
      return found;
    }
    S s = resource.newStaged();
    if (size == resources.length) {
      resources = java.util.Arrays.copyOf(resources, size * 2);
      staged = java.util.Arrays.copyOf(staged, size * 2);
    }
    // keep the resources in their global lock order as they come, so commit needs no sort
    int at = size;
    while (at > 0 && resources[at - 1].order() > resource.order()) {
      resources[at] = resources[at - 1];
      staged[at] = staged[at - 1];
      at--;
    }
    resources[at] = resource;
    staged[at] = s;
    size++;
    return s;
  }

  @SuppressWarnings("unchecked")
  <S extends TransactionalResource.Staged> S stagedOrNull(TransactionalResource<S> resource) {
    for (int i = 0; i < size; i++) {
      if (resources[i] == resource) {
        return (S) staged[i];
      }
    }
    return null;
  }

  void afterCommit(Runnable listener) {
    if (afterCommit == null) {
      afterCommit = new ArrayList<>(2);
    }
    if (!afterCommit.contains(listener)) {
      afterCommit.add(listener);
    }
  }

  List<Runnable> afterCommitListeners() {
    return afterCommit == null ? List.of() : afterCommit;
  }

  /**
   * Locks every touched resource in one global order (so two commits never deadlock), checks every
   * staged write against what is stored now, and only then applies them all.
   */
  void commit() {
    int locked = 0;
    try {
      for (int i = 0; i < size; i++) {
        resources[i].commitLock().lock();
        locked++;
      }
      for (int i = 0; i < size; i++) {
        staged[i].validate();
      }
      for (int i = 0; i < size; i++) {
        staged[i].apply();
      }
    } finally {
      for (int i = locked - 1; i >= 0; i--) {
        resources[i].commitLock().unlock();
      }
    }
  }
}
