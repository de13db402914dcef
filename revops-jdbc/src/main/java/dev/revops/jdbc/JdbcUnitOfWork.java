package dev.revops.jdbc;

import static java.util.Objects.requireNonNull;

import dev.revops.core.port.UnitOfWork;
import dev.revops.jdbc.table.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link UnitOfWork} of revops-jdbc: a use case runs on one connection, in one database
 * transaction, committed when the work returns and rolled back when it throws. A call made while a
 * unit of work is running on the thread joins it (no savepoint: the outer work decides), so several
 * revops calls, or a host's own statements on {@link #connection()}, commit together.
 *
 * <p>Every revops-jdbc store takes its connection from here: inside a unit of work the bound one,
 * outside one a connection of its own for that single call (which is then atomic on its own). A
 * unit of work takes its connection at its first statement: one that runs none (a use case with
 * nothing to do) takes no connection and commits nothing, though its after-commit listeners run.
 *
 * <p>A host that already runs a JDBC transaction hands revops its connection with {@link
 * #joining(Connection, Supplier)}: revops then neither commits, rolls back nor closes it, and the
 * host's commit decides. Thread-safe; a unit of work is bound to the thread that runs it.
 */
public final class JdbcUnitOfWork implements UnitOfWork {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcUnitOfWork.class);

  private final DataSource dataSource;
  private final String description;
  private final ThreadLocal<Bound> current = new ThreadLocal<>();
  private final ThreadLocal<Boolean> notifying = new ThreadLocal<>();
  private final List<Runnable> afterCommit = new CopyOnWriteArrayList<>();
  private final List<Runnable> afterOutboxCommit = new CopyOnWriteArrayList<>();

  /**
   * What a thread's unit of work holds. A unit of work revops began opens its connection at its
   * first statement, so one that touches nothing (a use case that finds nothing to do) costs no
   * connection, begin or commit.
   */
  private final class Bound {
    private Connection connection;
    final boolean owned;
    boolean restoreAutoCommit;
    boolean outboxWritten;
    List<Runnable> whenCommitted;

    Bound(Connection connection, boolean owned) {
      this.connection = connection;
      this.owned = owned;
    }

    Connection connection() {
      if (connection == null) {
        Connection c = open();
        try {
          restoreAutoCommit = c.getAutoCommit();
          if (restoreAutoCommit) {
            c.setAutoCommit(false);
          }
        } catch (SQLException e) {
          closeQuietly(c);
          throw Sql.translate("begin", "(transaction)", e);
        }
        connection = c;
      }
      return connection;
    }

    boolean opened() {
      return connection != null;
    }
  }

  /**
   * Creates the unit of work over a data source (a pool, in production).
   *
   * @param dataSource where connections come from (never null)
   * @param description how errors name the database: its URL without a password
   */
  public JdbcUnitOfWork(DataSource dataSource, String description) {
    this.dataSource = requireNonNull(dataSource, "dataSource");
    this.description = requireNonNull(description, "description");
  }

  /**
   * Runs a listener after every commit of a unit of work this object began (for example {@code
   * relay::deliverPendingQuietly}); a failing listener is logged and the commit stands. Units of
   * work a listener runs itself do not call the listeners again.
   *
   * @param listener the listener (never null)
   * @return this
   */
  public JdbcUnitOfWork afterCommit(Runnable listener) {
    afterCommit.add(requireNonNull(listener, "listener"));
    return this;
  }

  /**
   * Runs a listener after every commit of a unit of work this object began that put at least one
   * event in this database's outbox: where a relay belongs ({@code
   * db.unitOfWork().afterOutboxCommit(relay::deliverPendingQuietly)}), since a commit without
   * events has nothing to deliver and a relay that looks anyway costs a transaction each time. A
   * failing listener is logged and the commit stands; units of work a listener runs itself do not
   * call the listeners again.
   *
   * @param listener the listener (never null)
   * @return this
   */
  public JdbcUnitOfWork afterOutboxCommit(Runnable listener) {
    afterOutboxCommit.add(requireNonNull(listener, "listener"));
    return this;
  }

  /** Notes that the unit of work running on this thread appended to the outbox. */
  void outboxWritten() {
    Bound b = current.get();
    if (b != null) {
      b.outboxWritten = true;
    }
  }

  /**
   * Runs an action once what the current statement saw and wrote is committed: at the commit of the
   * unit of work running on this thread (before the after-commit listeners), or at once outside
   * one, where each call of a store is its own transaction. The action is dropped when the unit of
   * work rolls back, and inside a host's transaction ({@link #joining}), whose outcome revops does
   * not see. For caches of committed rows (a store keeps a value only once no rollback can take it
   * back); an action must be quick, and one that throws is logged and the commit stands.
   *
   * @param action what to run (never null)
   */
  public void whenCommitted(Runnable action) {
    requireNonNull(action, "action");
    Bound b = current.get();
    if (b == null) {
      runQuietly(action);
    } else if (b.owned) {
      if (b.whenCommitted == null) {
        b.whenCommitted = new ArrayList<>();
      }
      b.whenCommitted.add(action);
    }
  }

  /**
   * Returns whether a unit of work is running on this thread.
   *
   * @return true inside {@link #inTransaction(Supplier)} or {@link #joining(Connection, Supplier)}
   */
  public boolean isActive() {
    return current.get() != null;
  }

  /**
   * Returns the connection of the unit of work running on this thread, for a host's own statements
   * that must commit with revops' writes.
   *
   * @return the connection
   * @throws IllegalStateException outside a unit of work
   */
  public Connection connection() {
    Bound b = current.get();
    if (b == null) {
      throw new IllegalStateException("no revops unit of work is running on this thread");
    }
    return b.connection();
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    requireNonNull(work, "work");
    if (current.get() != null) {
      return work.get();
    }
    Bound bound = new Bound(null, true);
    T result;
    boolean committed = false;
    try {
      current.set(bound);
      try {
        result = work.get();
        if (bound.opened()) {
          bound.connection().commit();
        }
        committed = true;
      } finally {
        current.remove();
        if (bound.opened()) {
          if (!committed) {
            rollbackQuietly(bound.connection());
          }
          if (bound.restoreAutoCommit) {
            restoreAutoCommit(bound.connection());
          }
        }
      }
    } catch (SQLException e) {
      throw Sql.translate("commit", "(transaction)", e);
    } finally {
      if (bound.opened()) {
        closeQuietly(bound.connection());
      }
    }
    if (bound.whenCommitted != null) {
      for (Runnable action : bound.whenCommitted) {
        runQuietly(action);
      }
    }
    if (notifying.get() == null) {
      // a listener's own units of work (a relay claiming and marking) do not notify again
      notifying.set(Boolean.TRUE);
      try {
        for (Runnable l : afterCommit) {
          runQuietly(l);
        }
        if (bound.outboxWritten) {
          for (Runnable l : afterOutboxCommit) {
            runQuietly(l);
          }
        }
      } finally {
        notifying.remove();
      }
    }
    return result;
  }

  /**
   * Runs revops work inside the host's own JDBC transaction: every revops store called by the work
   * uses this connection, and revops neither commits, rolls back nor closes it. The host commits
   * (and then runs its relay) or rolls back as it decides. The connection must have auto-commit off
   * for the work to be atomic.
   *
   * @param hostConnection the host's connection, in its transaction (never null)
   * @param work the revops calls to run
   * @param <T> what the work returns
   * @return what the work returned
   * @throws IllegalStateException when a unit of work is already running on this thread
   */
  public <T> T joining(Connection hostConnection, Supplier<T> work) {
    requireNonNull(hostConnection, "hostConnection");
    requireNonNull(work, "work");
    if (current.get() != null) {
      throw new IllegalStateException("a revops unit of work is already running on this thread");
    }
    current.set(new Bound(hostConnection, false));
    try {
      return work.get();
    } finally {
      current.remove();
    }
  }

  /**
   * Runs one database call on the current unit of work's connection, or, outside one, in a unit of
   * work of its own. Driver failures are translated ({@link Sql#translate}).
   *
   * @param what what is being done, for the error message
   * @param table the table, for the error message
   * @param work the call
   * @param <T> the result
   * @return the result
   */
  public <T> T call(String what, String table, Sql.Work<T> work) {
    Bound b = current.get();
    if (b == null) {
      return inTransaction(() -> call(what, table, work));
    }
    try {
      return work.apply(b.connection());
    } catch (SQLException e) {
      throw Sql.translate(what, table, e);
    }
  }

  /**
   * Runs one read-only database call: on the current unit of work's connection, or, outside one, on
   * a connection of its own in auto-commit mode, where the statement is its own snapshot. No
   * transaction is begun or committed for it and no after-commit listener runs, since nothing was
   * written: one round trip instead of three on PostgreSQL. The work must not write; a work of
   * several statements that must see one snapshot belongs in {@link #call} or a unit of work.
   *
   * @param what what is being read, for the error message
   * @param table the table, for the error message
   * @param work the call
   * @param <T> the result
   * @return the result
   */
  public <T> T read(String what, String table, Sql.Work<T> work) {
    if (current.get() != null) {
      return call(what, table, work);
    }
    Connection c = open();
    try {
      T result = work.apply(c);
      if (!c.getAutoCommit()) {
        // a host's pool may hand out connections with auto-commit off: end the read's transaction
        c.rollback();
      }
      return result;
    } catch (SQLException e) {
      throw Sql.translate(what, table, e);
    } finally {
      closeQuietly(c);
    }
  }

  private Connection open() {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(description, e);
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException e) {
      LOG.warn("rollback failed (SQL state {}); the connection is discarded", e.getSQLState());
    }
  }

  private static void restoreAutoCommit(Connection c) {
    try {
      c.setAutoCommit(true);
    } catch (SQLException e) {
      LOG.debug("could not restore auto-commit (SQL state {})", e.getSQLState());
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      LOG.debug("closing a connection failed (SQL state {})", e.getSQLState());
    }
  }

  private static void runQuietly(Runnable listener) {
    try {
      listener.run();
    } catch (RuntimeException e) {
      LOG.warn("an after-commit listener failed ({}); the commit stands", e.getClass().getName());
    }
  }
}
