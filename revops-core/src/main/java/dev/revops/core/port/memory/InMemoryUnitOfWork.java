package dev.revops.core.port.memory;

import static java.util.Objects.requireNonNull;

import dev.revops.core.port.UnitOfWork;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded {@link UnitOfWork}: the in-memory stores ({@link InMemoryRepository}, {@link
 * InMemoryOutbox} and every other {@link TransactionalResource}) stage their writes while the work
 * runs and apply them together at commit; when the work throws, the staged writes are dropped and
 * nothing is left behind. Concurrency is optimistic: a version or a unique key that another commit
 * changed in the meantime is found at commit and fails the whole unit of work with the store's
 * exception ({@code ConcurrencyConflictException}, {@code IdempotencyConflictException}).
 *
 * <p>The unit of work is bound to the calling thread, as a JDBC connection is bound by a
 * transaction manager: a call to {@code inTransaction} inside another one (of this or any other
 * in-memory unit of work) joins the outer one, and only the outermost commits. So a host wraps
 * several revops calls in its own {@code inTransaction} to make them one atomic step. After each
 * outermost commit the listeners given to {@link #afterCommit(Runnable)} run (the outbox relay, for
 * example); a listener that throws is logged and does not undo the commit.
 *
 * <p>Thread-safe.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {
  private static final Logger LOG = LoggerFactory.getLogger(InMemoryUnitOfWork.class);

  private final List<Runnable> afterCommit = new CopyOnWriteArrayList<>();

  /** Creates a unit of work with no after-commit listeners. */
  public InMemoryUnitOfWork() {}

  /**
   * Adds a listener that runs after every outermost commit of this unit of work, on the committing
   * thread, outside the transaction.
   *
   * @param listener what to run (never null); e.g. {@code relay::deliverPendingQuietly}
   * @return this unit of work
   */
  public InMemoryUnitOfWork afterCommit(Runnable listener) {
    afterCommit.add(requireNonNull(listener, "listener"));
    return this;
  }

  /**
   * Returns whether an in-memory unit of work is running on this thread.
   *
   * @return true inside {@code inTransaction}
   */
  public static boolean isActive() {
    return InMemoryTransaction.current() != null;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    requireNonNull(work, "work");
    InMemoryTransaction outer = InMemoryTransaction.current();
    if (outer != null) {
      if (outer.owner() != this) {
        // joining another unit of work's transaction: this one's listeners run after its commit
        for (Runnable l : afterCommit) {
          outer.afterCommit(l);
        }
      }
      return work.get();
    }
    InMemoryTransaction tx = InMemoryTransaction.begin(this);
    T result;
    try {
      result = work.get();
      tx.commit();
    } finally {
      InMemoryTransaction.end();
    }
    for (Runnable l : afterCommit) {
      runQuietly(l);
    }
    for (Runnable l : tx.afterCommitListeners()) {
      if (!afterCommit.contains(l)) {
        runQuietly(l);
      }
    }
    return result;
  }

  private static void runQuietly(Runnable listener) {
    try {
      listener.run();
    } catch (RuntimeException e) {
      // the exception's class only: a host listener's message may carry personal data
      LOG.warn("an after-commit listener failed ({}); the commit stands", e.getClass().getName());
    }
  }
}
