package dev.revops.collections.port.memory;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.port.PromiseRepository;
import dev.revops.collections.promise.PromiseId;
import dev.revops.collections.promise.PromiseStatus;
import dev.revops.collections.promise.PromiseToPay;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.port.memory.InMemoryRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A {@link PromiseRepository} in memory with the indexes a database would keep: open promises by
 * debt, by account, and by the instant their deadline passes. A save and its index update are one
 * step under a write lock, so a query never sees a promise in an index it has left. Thread-safe.
 */
public final class InMemoryPromiseRepository extends InMemoryRepository<PromiseId, PromiseToPay>
    implements PromiseRepository {
  private static final Comparator<PromiseToPay> OLDEST_FIRST =
      Comparator.comparing(PromiseToPay::madeAt).thenComparing(p -> p.id().value());

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<PromiseId, PromiseToPay> open = new HashMap<>();
  private final Map<ReceivableId, Map<PromiseId, PromiseToPay>> openByDebt = new HashMap<>();
  private final Map<AccountId, Map<PromiseId, PromiseToPay>> openByAccount = new HashMap<>();
  private final DueIndex<PromiseId> byDeadline = new DueIndex<>();

  /** Creates an empty repository. */
  public InMemoryPromiseRepository() {
    super(TYPE_NAME);
  }

  @Override
  public PromiseToPay save(PromiseToPay promise, long expectedVersion) {
    lock.writeLock().lock();
    try {
      PromiseToPay saved = super.save(promise, expectedVersion);
      unindex(saved.id());
      if (saved.status() == PromiseStatus.PROMISED) {
        open.put(saved.id(), saved);
        openByDebt.computeIfAbsent(saved.debt(), k -> new HashMap<>()).put(saved.id(), saved);
        openByAccount.computeIfAbsent(saved.account(), k -> new HashMap<>()).put(saved.id(), saved);
        byDeadline.put(saved.id(), saved.resolvesAt());
      }
      return saved;
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void unindex(PromiseId id) {
    PromiseToPay old = open.remove(id);
    if (old != null) {
      removeFrom(openByDebt, old.debt(), id);
      removeFrom(openByAccount, old.account(), id);
      byDeadline.remove(id);
    }
  }

  private static <K> void removeFrom(
      Map<K, Map<PromiseId, PromiseToPay>> index, K key, PromiseId id) {
    Map<PromiseId, PromiseToPay> bucket = index.get(key);
    if (bucket != null) {
      bucket.remove(id);
      if (bucket.isEmpty()) {
        index.remove(key);
      }
    }
  }

  @Override
  public List<PromiseToPay> openForDebt(ReceivableId debt) {
    requireNonNull(debt, "debt");
    return sortedCopy(openByDebt, debt);
  }

  @Override
  public List<PromiseToPay> openForAccount(AccountId account) {
    requireNonNull(account, "account");
    return sortedCopy(openByAccount, account);
  }

  private <K> List<PromiseToPay> sortedCopy(Map<K, Map<PromiseId, PromiseToPay>> index, K key) {
    lock.readLock().lock();
    try {
      Map<PromiseId, PromiseToPay> bucket = index.get(key);
      if (bucket == null) {
        return List.of();
      }
      List<PromiseToPay> out = new ArrayList<>(bucket.values());
      out.sort(OLDEST_FIRST);
      return List.copyOf(out);
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<PromiseToPay> openExpiredBy(Instant at, int limit) {
    requireNonNull(at, "at");
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
    lock.readLock().lock();
    try {
      List<PromiseToPay> out = new ArrayList<>();
      for (PromiseId id : byDeadline.dueBy(at, limit)) {
        out.add(open.get(id));
      }
      return List.copyOf(out);
    } finally {
      lock.readLock().unlock();
    }
  }
}
