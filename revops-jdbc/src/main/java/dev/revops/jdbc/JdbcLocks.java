package dev.revops.jdbc;

import static java.util.Objects.requireNonNull;

import dev.revops.core.port.Locks;
import dev.revops.jdbc.table.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@link Locks} as row locks on table {@code revops_locks}: {@code withLock} runs the work in a
 * {@link JdbcUnitOfWork} (joining the caller's), makes sure the subject's row exists and locks it
 * with {@code SELECT ... FOR UPDATE} (on H2 one {@code MERGE} does both: {@link Dialect#mergeKey});
 * the database releases the lock when that transaction commits or rolls back, so the rule holds
 * across every instance of the host's application, and a caller that dies releases its locks with
 * its connection. Re-entrant within one transaction. {@link #withLocks} takes several subjects in
 * their sorted order in one transaction; on H2 one {@code MERGE} of several rows makes and locks
 * them all, row after row in that order.
 *
 * <p>Subjects are stored as given: pass ids or hashes, never personal data (revops' own callers
 * do). On H2 a waiting caller gives up after H2's lock timeout (1 s by default; the embedded
 * default of {@link RevOpsDatabase} sets 10 s).
 */
public final class JdbcLocks implements Locks {
  private static final String TABLE = "revops_locks";

  private final Database db;
  private final String insert;
  private final String merge;

  JdbcLocks(Database db) {
    this.db = requireNonNull(db, "db");
    this.insert = db.dialect().insertIfAbsent("INSERT INTO revops_locks (subject) VALUES (?)");
    this.merge = db.dialect().mergeKey(TABLE, "subject").orElse(null);
  }

  @Override
  public <T> T withLock(String subject, Supplier<T> work) {
    requireNonNull(subject, "subject");
    requireNonNull(work, "work");
    if (subject.isBlank()) {
      throw new IllegalArgumentException("lock subject must not be blank");
    }
    return db.work()
        .inTransaction(
            () -> {
              lock(subject);
              return work.get();
            });
  }

  @Override
  public <T> T withLocks(Collection<String> subjects, Supplier<T> work) {
    List<String> ordered = Locks.inLockOrder(subjects);
    requireNonNull(work, "work");
    if (merge == null || ordered.size() < 2) {
      return Locks.super.withLocks(ordered, work);
    }
    return db.work()
        .inTransaction(
            () -> {
              lockAll(ordered);
              return work.get();
            });
  }

  /** Makes and locks the rows of sorted subjects with one {@code MERGE} (H2). */
  private void lockAll(List<String> ordered) {
    boolean merged = db.work().call("lock subjects in " + TABLE, TABLE, c -> mergeRows(c, ordered));
    if (!merged) {
      // a racing caller made one of the rows first: take them one by one, in the same order (the
      // rows this transaction already holds it holds again, re-entrantly)
      for (String subject : ordered) {
        lock(subject);
      }
    }
  }

  private void lock(String subject) {
    db.work()
        .call(
            "lock a subject in " + TABLE,
            TABLE,
            c -> {
              if (merge != null && mergeRows(c, List.of(subject))) {
                return null;
              }
              if (lockRow(c, subject)) {
                return null;
              }
              // the first caller for a subject makes its row, and the row it inserted is its own
              // until it commits: a racing caller's insert waits on the key, then finds it taken
              // and locks the row like any later caller
              try (PreparedStatement s = c.prepareStatement(insert)) {
                s.setString(1, subject);
                if (s.executeUpdate() == 1) {
                  return null;
                }
              } catch (java.sql.SQLException e) {
                if (!db.dialect().isDuplicateKey(e)) {
                  throw e;
                }
              }
              if (!lockRow(c, subject)) {
                throw new IllegalStateException("lock row vanished: " + subject);
              }
              return null;
            });
  }

  /**
   * Makes and locks rows, in the order given, with one statement; false when a racing caller made
   * one of them first.
   */
  private boolean mergeRows(java.sql.Connection c, List<String> subjects)
      throws java.sql.SQLException {
    String sql = merge;
    if (subjects.size() > 1) {
      sql = merge + ", (?)".repeat(subjects.size() - 1);
    }
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < subjects.size(); i++) {
        s.setString(i + 1, subjects.get(i));
      }
      s.executeUpdate();
      return true;
    } catch (java.sql.SQLException e) {
      if (db.dialect().isDuplicateKey(e)) {
        return false;
      }
      throw e;
    }
  }

  private static boolean lockRow(java.sql.Connection c, String subject)
      throws java.sql.SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT subject FROM revops_locks WHERE subject = ? FOR UPDATE")) {
      s.setString(1, subject);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }
}
