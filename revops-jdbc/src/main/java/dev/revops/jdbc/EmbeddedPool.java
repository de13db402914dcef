package dev.revops.jdbc;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * The small connection pool behind {@link RevOpsDatabase#h2(java.nio.file.Path)}: up to a fixed
 * number of physical connections, handed out as handles whose {@code close()} returns the
 * connection.
 *
 * <p>Why not H2's own {@code JdbcConnectionPool}: it rolls every connection back when a handle is
 * taken and when it is closed, and H2 empties a session's cache of parsed statements on every
 * rollback, so each statement was parsed again on every use (measured: 5.4 us per
 * take-query-commit-close cycle against 1.5 us on a connection kept open). This pool rolls back
 * only a handle that is closed inside a transaction it did not end, so a connection keeps its
 * parsed statements from one unit of work to the next.
 *
 * <p>A handle that is closed restores auto-commit, read-only and the isolation level the connection
 * started with; one that fails to do so (a broken connection) is closed and not reused. Statements
 * a handle left open stay with the physical connection: revops closes every statement it opens.
 * Thread-safe.
 */
final class EmbeddedPool implements DataSource, AutoCloseable {
  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(EmbeddedPool.class);

  /** The wait for a free connection when all are in use: 30 s, as HikariCP's default. */
  static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

  /** How many idle statements each connection keeps (revops-jdbc uses about 100 distinct ones). */
  static final int STATEMENTS = 128;

  /**
   * The most parameters a statement may have and still be kept. A batch read's {@code IN} list has
   * up to a thousand, and its length changes from call to call; H2 looks through every statement a
   * session keeps on each write (to drop cached results), so a few kept statements with long lists
   * made every insert and update slower (the demo took 94 s instead of 57 s). Such statements are
   * prepared again each time instead: one parse for a read of hundreds of rows.
   */
  static final int KEEP_UP_TO_PARAMETERS = 32;

  /** Opens one physical connection. */
  @FunctionalInterface
  interface Opener {
    Connection open() throws SQLException;
  }

  private final Opener opener;
  private final int max;
  private final Duration wait;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition released = lock.newCondition();
  private final ArrayDeque<Physical> idle = new ArrayDeque<>();
  private int open;
  private boolean closed;

  EmbeddedPool(Opener opener, int max, Duration wait) {
    this.opener = requireNonNull(opener, "opener");
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1, was " + max);
    }
    this.max = max;
    this.wait = requireNonNull(wait, "wait");
  }

  /** How many physical connections are open (idle or in use). */
  int openConnections() {
    lock.lock();
    try {
      return open;
    } finally {
      lock.unlock();
    }
  }

  /** How many physical connections are idle. */
  int idleConnections() {
    lock.lock();
    try {
      return idle.size();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    Physical p = take();
    Handle h = new Handle(p);
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, h);
  }

  private Physical take() throws SQLException {
    long deadline = System.nanoTime() + wait.toNanos();
    lock.lock();
    try {
      while (true) {
        if (closed) {
          throw new SQLException("the embedded pool is closed", "08003");
        }
        Physical p = idle.pollFirst();
        if (p != null) {
          return p;
        }
        if (open < max) {
          open++;
          break;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new SQLTransientConnectionException(
              "no connection free within " + wait.toMillis() + " ms: all " + max + " are in use",
              "08001");
        }
        try {
          released.awaitNanos(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new SQLException("interrupted while waiting for a connection", "08001", e);
        }
      }
    } finally {
      lock.unlock();
    }
    try {
      return new Physical(opener.open());
    } catch (SQLException | RuntimeException e) {
      forget();
      throw e;
    }
  }

  private void giveBack(Physical p) {
    boolean reusable = p.reset();
    lock.lock();
    try {
      if (reusable && !closed) {
        idle.addFirst(p);
        released.signal();
        return;
      }
    } finally {
      lock.unlock();
    }
    p.closeQuietly();
    forget();
  }

  private void forget() {
    lock.lock();
    try {
      open--;
      released.signal();
    } finally {
      lock.unlock();
    }
  }

  /** Closes the idle connections now and each connection in use when its handle is closed. */
  @Override
  public void close() {
    ArrayDeque<Physical> toClose;
    lock.lock();
    try {
      closed = true;
      toClose = new ArrayDeque<>(idle);
      open -= idle.size();
      idle.clear();
      released.signalAll();
    } finally {
      lock.unlock();
    }
    toClose.forEach(Physical::closeQuietly);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException(
        "the embedded pool opens connections with its own credentials");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // logging goes through SLF4J
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // the embedded database opens in-process
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("logging goes through SLF4J");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper for " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }

  @Override
  public String toString() {
    return "EmbeddedPool[max=" + max + "]";
  }

  /** One physical connection, the settings it started with and its idle statements. */
  private static final class Physical {
    final Connection connection;
    final int isolation;
    final boolean readOnly;

    /** Statements closed by their caller, by SQL, kept open for the next caller (LRU). */
    final LinkedHashMap<String, PreparedStatement> statements =
        new LinkedHashMap<>(32, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() > STATEMENTS) {
              EmbeddedPool.closeQuietly(eldest.getValue());
              return true;
            }
            return false;
          }
        };

    /** What the current handle changed: settings to restore when it is closed. */
    boolean settingsChanged;

    Physical(Connection connection) throws SQLException {
      this.connection = connection;
      this.isolation = connection.getTransactionIsolation();
      this.readOnly = connection.isReadOnly();
    }

    /** Ends what a handle left open; false when the connection cannot be used again. */
    boolean reset() {
      try {
        if (connection.isClosed()) {
          return false;
        }
        if (!connection.getAutoCommit()) {
          connection.rollback();
          connection.setAutoCommit(true);
        }
        if (settingsChanged) {
          if (connection.isReadOnly() != readOnly) {
            connection.setReadOnly(readOnly);
          }
          if (connection.getTransactionIsolation() != isolation) {
            connection.setTransactionIsolation(isolation);
          }
          settingsChanged = false;
        }
        return true;
      } catch (SQLException e) {
        LOG.warn(
            "a pooled connection could not be reset (SQL state {}); it is closed", e.getSQLState());
        return false;
      }
    }

    void closeQuietly() {
      synchronized (statements) {
        statements.values().forEach(EmbeddedPool::closeQuietly);
        statements.clear();
      }
      try {
        connection.close();
      } catch (SQLException e) {
        LOG.debug("closing a pooled connection failed (SQL state {})", e.getSQLState());
      }
    }
  }

  private static void closeQuietly(Statement statement) {
    try {
      statement.close();
    } catch (SQLException e) {
      LOG.debug("closing a pooled statement failed (SQL state {})", e.getSQLState());
    }
  }

  /** The handle a caller holds: every call goes to the physical connection until close. */
  private final class Handle implements InvocationHandler {
    private Physical physical;

    Handle(Physical physical) {
      this.physical = physical;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      int n = args == null ? 0 : args.length;
      if (name.equals("close") && n == 0) {
        Physical p;
        synchronized (this) {
          p = physical;
          physical = null;
        }
        if (p != null) {
          giveBack(p);
        }
        return null;
      }
      if (name.equals("isClosed") && n == 0) {
        Physical p = current();
        return p == null || p.connection.isClosed();
      }
      if (name.equals("equals") && n == 1) {
        return proxy == args[0];
      }
      if (name.equals("hashCode") && n == 0) {
        return System.identityHashCode(proxy);
      }
      if (name.equals("toString") && n == 0) {
        Physical p = current();
        return "pooled " + (p == null ? "closed handle" : p.connection.toString());
      }
      if (name.equals("isValid") && n == 1) {
        Physical p = current();
        return p != null && p.connection.isValid((Integer) args[0]);
      }
      Physical p = current();
      if (p == null) {
        throw new SQLException("this connection handle is closed", "08003");
      }
      if (name.equals("prepareStatement") && n == 1) {
        return prepare(p, (Connection) proxy, (String) args[0]);
      }
      if (name.equals("setReadOnly") || name.equals("setTransactionIsolation")) {
        p.settingsChanged = true;
      }
      try {
        return method.invoke(p.connection, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }

    private synchronized Physical current() {
      return physical;
    }
  }

  /**
   * A statement for {@code sql}: the one a caller closed earlier on this connection, or a new one.
   * The caller gets a handle whose {@code close()} clears its parameters and keeps it for the next
   * caller; a statement prepared again while the first is open is a second, uncached one.
   */
  private static PreparedStatement prepare(Physical p, Connection handle, String sql)
      throws SQLException {
    PreparedStatement s;
    synchronized (p.statements) {
      s = p.statements.remove(sql);
    }
    if (s == null || s.isClosed()) {
      s = p.connection.prepareStatement(sql);
    }
    return (PreparedStatement)
        Proxy.newProxyInstance(
            PreparedStatement.class.getClassLoader(),
            new Class<?>[] {PreparedStatement.class},
            new StatementHandle(p, handle, sql, s));
  }

  /** A caller's statement: every call goes to the cached statement until close. */
  private static final class StatementHandle implements InvocationHandler {
    private final Physical physical;
    private final Connection connection;
    private final String sql;
    private PreparedStatement statement;

    StatementHandle(Physical physical, Connection connection, String sql, PreparedStatement s) {
      this.physical = physical;
      this.connection = connection;
      this.sql = sql;
      this.statement = s;
    }

    /** Whether the statement is short enough to keep ({@link #KEEP_UP_TO_PARAMETERS}). */
    private boolean keepable() {
      int marks = 0;
      for (int i = 0; i < sql.length(); i++) {
        if (sql.charAt(i) == '?' && ++marks > KEEP_UP_TO_PARAMETERS) {
          return false;
        }
      }
      return true;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      int n = args == null ? 0 : args.length;
      if (name.equals("close") && n == 0) {
        PreparedStatement s = statement;
        statement = null;
        if (s != null) {
          keep(s);
        }
        return null;
      }
      if (name.equals("isClosed") && n == 0) {
        return statement == null || statement.isClosed();
      }
      if (name.equals("equals") && n == 1) {
        return proxy == args[0];
      }
      if (name.equals("hashCode") && n == 0) {
        return System.identityHashCode(proxy);
      }
      if (name.equals("toString") && n == 0) {
        return "pooled statement " + sql;
      }
      PreparedStatement s = statement;
      if (s == null) {
        throw new SQLException("this statement is closed", "HY010");
      }
      if (name.equals("getConnection") && n == 0) {
        return connection;
      }
      try {
        return method.invoke(s, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }

    private void keep(PreparedStatement s) {
      try {
        if (s.isClosed() || physical.connection.isClosed()) {
          return;
        }
        if (!keepable()) {
          s.close();
          return;
        }
        ResultSet open = s.getResultSet();
        if (open != null) {
          open.close();
        }
        s.clearParameters();
        s.clearBatch();
        s.clearWarnings();
        PreparedStatement other;
        synchronized (physical.statements) {
          other = physical.statements.putIfAbsent(sql, s);
        }
        if (other != null) {
          s.close(); // another caller's copy of the same statement is kept already
        }
      } catch (SQLException e) {
        closeQuietly(s);
      }
    }
  }
}
