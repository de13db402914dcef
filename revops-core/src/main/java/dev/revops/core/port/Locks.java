package dev.revops.core.port;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
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

  /**
   * Runs work while holding the locks of several subjects, taken one after the other in the
   * subjects' natural order ({@link String#compareTo}) whatever the order given, so two callers
   * whose sets of subjects overlap never wait on each other in a cycle. A subject given twice is
   * locked once; with no subjects the work runs without a lock. The default nests {@link
   * #withLock}; a database adapter may take the rows in fewer statements, in the same order.
   *
   * @param subjects what to serialise on (never null; no element null or blank)
   * @param work what to run (never null)
   * @param <T> what the work returns
   * @return what the work returned
   */
  default <T> T withLocks(Collection<String> subjects, Supplier<T> work) {
    return nestLocks(this, inLockOrder(subjects), 0, work);
  }

  /**
   * Returns subjects in the order {@link #withLocks} takes them: sorted, each once.
   *
   * @param subjects the subjects (never null; no element null or blank)
   * @return the subjects sorted, without repeats
   * @throws NullPointerException for a null collection or subject, naming it
   * @throws IllegalArgumentException for a blank subject
   */
  static List<String> inLockOrder(Collection<String> subjects) {
    requireNonNull(subjects, "subjects");
    TreeSet<String> sorted = new TreeSet<>();
    int i = 0;
    for (String s : subjects) {
      requireNonNull(s, "subjects[" + i + "]");
      if (s.isBlank()) {
        throw new IllegalArgumentException("lock subject " + i + " is blank");
      }
      sorted.add(s);
      i++;
    }
    return new ArrayList<>(sorted);
  }

  private static <T> T nestLocks(Locks locks, List<String> subjects, int i, Supplier<T> work) {
    requireNonNull(work, "work");
    if (i == subjects.size()) {
      return work.get();
    }
    return locks.withLock(subjects.get(i), () -> nestLocks(locks, subjects, i + 1, work));
  }
}
