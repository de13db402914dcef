package dev.revops.core.port;

import java.util.function.Supplier;

/**
 * Serialises work on one subject (a debtor, a normalised e-mail address) across every caller and
 * every instance of the host's application, so a rule that reads a history, decides and appends
 * holds however many callers race. The work normally runs a {@link UnitOfWork}, which commits
 * before the lock is released.
 *
 * <p>{@code port.memory.InMemoryLocks} keeps one lock per subject inside one JVM; a database
 * adapter takes a row lock, so the rule holds across processes. Implementations must be
 * thread-safe, re-entrant for the thread that holds a subject, and must release the lock when the
 * work throws.
 */
public interface Locks {
  /**
   * Runs work while holding the subject's lock; waits for the lock as long as another caller holds
   * it.
   *
   * @param subject what to serialise on, e.g. {@code "debtor:" + receivableId} (never null or
   *     blank); ids only, never personal data in clear if the adapter logs or stores it
   * @param work what to run (never null)
   * @param <T> what the work returns
   * @return what the work returned
   */
  <T> T withLock(String subject, Supplier<T> work);
}
