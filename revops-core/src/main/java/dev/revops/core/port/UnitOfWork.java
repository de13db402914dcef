package dev.revops.core.port;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;

/**
 * Runs a use case as one atomic step: every aggregate it saves and every event it appends to the
 * {@link Outbox} commit together, or, when the work throws, none of them does. A call made while a
 * unit of work is already running on the thread joins it, so a host can put several revops calls
 * (or its own writes) into one transaction by wrapping them in its own {@code inTransaction}.
 *
 * <p>{@code port.memory.InMemoryUnitOfWork} is the embedded default: it stages the writes of the
 * in-memory stores and applies them together at commit. A host on a database backs this port with
 * its transaction manager (revops-jdbc binds a JDBC connection). Implementations must be
 * thread-safe; a unit of work is bound to the thread that runs it.
 */
public interface UnitOfWork {
  /**
   * Runs work atomically and returns its result. When the work throws, everything it staged is
   * discarded and the exception propagates; when the commit itself fails (for example a {@code
   * ConcurrencyConflictException} found at commit), nothing is applied and that exception
   * propagates.
   *
   * @param work what to run (never null)
   * @param <T> what the work returns
   * @return what the work returned, after the commit
   */
  <T> T inTransaction(Supplier<T> work);

  /**
   * Runs work atomically.
   *
   * @param work what to run (never null)
   */
  default void run(Runnable work) {
    requireNonNull(work, "work");
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * A unit of work that only runs the work: each store call is atomic on its own and nothing is
   * rolled back. For hosts whose stores have no transactions; revops then promises only what each
   * single save promises.
   *
   * @return the direct unit of work
   */
  static UnitOfWork direct() {
    return Direct.INSTANCE;
  }

  /** The unit of work behind {@link #direct()}. */
  enum Direct implements UnitOfWork {
    /** The one instance. */
    INSTANCE;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
      return requireNonNull(work, "work").get();
    }
  }
}
