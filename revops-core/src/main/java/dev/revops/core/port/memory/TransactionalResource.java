package dev.revops.core.port.memory;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The base of an in-memory store that takes part in {@link InMemoryUnitOfWork}: inside a unit of
 * work its writes are staged (kept aside, visible to the same unit of work only) and applied at
 * commit; outside one each write is applied at once. A store of another module extends it the way
 * {@link InMemoryRepository} and {@link InMemoryOutbox} do.
 *
 * <p>The contract for a subclass: a write calls {@link #staged()}; when that returns a staged part,
 * the write checks what it can against the store plus the staged part (fail fast), records itself
 * in the staged part and returns; when it returns null, the write runs under {@link #locked} and
 * applies at once. Reads consult {@link #stagedOrNull()} to see their own unit of work's writes. At
 * commit, every touched store is locked in one global order, every staged part is {@link
 * Staged#validate() validated} against the store as it is then, and only when all pass are they all
 * {@link Staged#apply() applied}: a conflict anywhere leaves every store unchanged.
 *
 * <p>Readers outside the unit of work see committed writes only. A commit that touches two stores
 * applies them one after the other under their locks, so a reader that does not lock may see one
 * store's part a moment before the other's, as with separate statements at the read-committed
 * isolation level of a database.
 *
 * @param <S> the type of a unit of work's staged writes to this store
 */
public abstract class TransactionalResource<S extends TransactionalResource.Staged> {
  private static final AtomicLong ORDER = new AtomicLong();

  private final long order = ORDER.incrementAndGet();
  private final ReentrantLock commitLock = new ReentrantLock();

  /** Creates the resource. */
  protected TransactionalResource() {}

  /**
   * The writes one unit of work has staged for one store: checked and applied at commit, under the
   * store's lock.
   */
  public interface Staged {
    /**
     * Checks that every staged write still fits what the store holds now (versions, unique keys).
     *
     * @throws RuntimeException (a {@code ConcurrencyConflictException} or {@code
     *     IdempotencyConflictException}) when one does not; then nothing of the unit of work is
     *     applied
     */
    void validate();

    /** Applies the staged writes to the store; called only after every store has validated. */
    void apply();
  }

  /**
   * Makes an empty staged part for a new unit of work.
   *
   * @return the staged part
   */
  protected abstract S newStaged();

  /**
   * Returns the running unit of work's staged part for this store, creating it; null when no unit
   * of work runs on this thread (the write then applies at once, under {@link #locked}).
   *
   * @return the staged part, or null
   */
  protected final S staged() {
    InMemoryTransaction tx = InMemoryTransaction.current();
    return tx == null ? null : tx.staged(this);
  }

  /**
   * Returns the running unit of work's staged part for this store if it has written here, for reads
   * that must see their own writes.
   *
   * @return the staged part, or null when there is none
   */
  protected final S stagedOrNull() {
    InMemoryTransaction tx = InMemoryTransaction.current();
    return tx == null ? null : tx.stagedOrNull(this);
  }

  /**
   * Runs work under this store's commit lock: a write outside a unit of work, or a read that must
   * not see a commit half-applied to this store.
   *
   * @param work what to run (never null)
   * @param <T> what it returns
   * @return what it returned
   */
  protected final <T> T locked(Supplier<T> work) {
    requireNonNull(work, "work");
    commitLock.lock();
    try {
      return work.get();
    } finally {
      commitLock.unlock();
    }
  }

  final long order() {
    return order;
  }

  final ReentrantLock commitLock() {
    return commitLock;
  }
}
