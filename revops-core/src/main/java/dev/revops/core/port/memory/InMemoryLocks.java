package dev.revops.core.port.memory;

import static java.util.Objects.requireNonNull;

import dev.revops.core.port.Locks;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * {@link Locks} inside one JVM: one re-entrant lock per subject, made when a caller first asks for
 * it and dropped when nobody holds or waits for it, so memory does not grow with the number of
 * subjects ever seen. Callers on different subjects never wait for each other. Share one instance
 * between every service (every gate, every capture path) that must serialise on the same subjects.
 * Thread-safe.
 */
public final class InMemoryLocks implements Locks {
  private final ConcurrentMap<String, Entry> locks = new ConcurrentHashMap<>();

  /** Creates the locks. */
  public InMemoryLocks() {}

  private static final class Entry {
    final ReentrantLock lock = new ReentrantLock();
    int users;
  }

  @Override
  public <T> T withLock(String subject, Supplier<T> work) {
    requireNonNull(subject, "subject");
    requireNonNull(work, "work");
    if (subject.isBlank()) {
      throw new IllegalArgumentException("lock subject is blank");
    }
    Entry entry =
        locks.compute(
            subject,
            (k, e) -> {
              Entry x = e == null ? new Entry() : e;
              x.users++;
              return x;
            });
    entry.lock.lock();
    try {
      return work.get();
    } finally {
      entry.lock.unlock();
      locks.computeIfPresent(subject, (k, e) -> --e.users == 0 ? null : e);
    }
  }

  /**
   * Returns how many subjects are held or waited for now (for tests and monitoring).
   *
   * @return the count
   */
  public int activeSubjects() {
    return locks.size();
  }
}
