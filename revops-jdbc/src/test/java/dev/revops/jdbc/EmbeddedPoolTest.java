package dev.revops.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The embedded default's connection pool, over an in-memory H2 database. */
class EmbeddedPoolTest {
  private static final AtomicInteger SEQ = new AtomicInteger();
  private final AtomicInteger opened = new AtomicInteger();
  private String url;
  private EmbeddedPool pool;

  @BeforeEach
  void open() throws SQLException {
    url = "jdbc:h2:mem:pool-" + SEQ.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    pool = pool(2, Duration.ofSeconds(5));
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (n integer NOT NULL)");
    }
  }

  private EmbeddedPool pool(int max, Duration wait) {
    return new EmbeddedPool(
        () -> {
          opened.incrementAndGet();
          return DriverManager.getConnection(url, "sa", "");
        },
        max,
        wait);
  }

  @AfterEach
  void close() throws SQLException {
    pool.close();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    }
  }

  private static long session(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT SESSION_ID()")) {
      r.next();
      return r.getLong(1);
    }
  }

  private static int rows(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM t")) {
      r.next();
      return r.getInt(1);
    }
  }

  @Test
  void aClosedHandleGivesItsConnectionToTheNextCaller() throws SQLException {
    long first;
    try (Connection c = pool.getConnection()) {
      first = session(c);
    }
    try (Connection c = pool.getConnection()) {
      assertThat(session(c)).isEqualTo(first);
    }
    assertThat(opened).hasValue(1);
    assertThat(pool.openConnections()).isEqualTo(1);
    assertThat(pool.idleConnections()).isEqualTo(1);
  }

  @Test
  void aClosedStatementIsHandedOutAgainWithoutItsParameters() throws SQLException {
    String sql = "SELECT n FROM t WHERE n = ? FOR UPDATE";
    PreparedStatement first;
    try (Connection c = pool.getConnection()) {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setInt(1, 1);
        s.executeQuery().close();
        first = s.unwrap(PreparedStatement.class);
        assertThat(s.getConnection()).isSameAs(c);
      }
    }
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      assertThat(s.unwrap(PreparedStatement.class)).isSameAs(first);
      assertThatThrownBy(s::executeQuery)
          .as("the parameters were cleared")
          .isInstanceOf(SQLException.class);
    }
  }

  @Test
  void aStatementWithALongParameterListIsClosedInsteadOfKept() throws SQLException {
    StringBuilder marks = new StringBuilder("?");
    for (int i = 1; i <= EmbeddedPool.KEEP_UP_TO_PARAMETERS; i++) {
      marks.append(", ?");
    }
    String longList = "SELECT n FROM t WHERE n IN (" + marks + ")";
    StringBuilder fewer = new StringBuilder("?");
    for (int i = 1; i < EmbeddedPool.KEEP_UP_TO_PARAMETERS; i++) {
      fewer.append(", ?");
    }
    String shortList = "SELECT n FROM t WHERE n IN (" + fewer + ")";
    PreparedStatement longOne;
    PreparedStatement shortOne;
    try (Connection c = pool.getConnection();
        Statement insert = c.createStatement()) {
      insert.executeUpdate("INSERT INTO t VALUES (7), (70)");
    }
    try (Connection c = pool.getConnection()) {
      try (PreparedStatement s = c.prepareStatement(longList)) {
        for (int i = 1; i <= EmbeddedPool.KEEP_UP_TO_PARAMETERS + 1; i++) {
          s.setInt(i, i);
        }
        s.executeQuery().close();
        longOne = s.unwrap(PreparedStatement.class);
      }
      try (PreparedStatement s = c.prepareStatement(shortList)) {
        shortOne = s.unwrap(PreparedStatement.class);
      }
    }
    assertThat(longOne.isClosed()).as("33 parameters: not kept").isTrue();
    assertThat(shortOne.isClosed()).as("32 parameters: kept").isFalse();
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement(longList)) {
      assertThat(s.unwrap(PreparedStatement.class)).isNotSameAs(longOne);
      for (int i = 1; i <= EmbeddedPool.KEEP_UP_TO_PARAMETERS + 1; i++) {
        s.setInt(i, i);
      }
      try (java.sql.ResultSet r = s.executeQuery()) {
        assertThat(r.next()).as("a fresh statement finds 7").isTrue();
        assertThat(r.getInt(1)).isEqualTo(7);
        assertThat(r.next()).as("70 is not in the list").isFalse();
      }
    }
  }

  @Test
  void aStatementPreparedTwiceWhileOpenIsTwoStatementsAndAClosedOneRefusesWork()
      throws SQLException {
    String sql = "SELECT count(*) FROM t";
    try (Connection c = pool.getConnection()) {
      PreparedStatement a = c.prepareStatement(sql);
      PreparedStatement b = c.prepareStatement(sql);
      assertThat(a.unwrap(PreparedStatement.class)).isNotSameAs(b.unwrap(PreparedStatement.class));
      a.close();
      a.close();
      assertThat(a.isClosed()).isTrue();
      assertThat(b.isClosed()).isFalse();
      assertThatThrownBy(a::executeQuery).hasMessageContaining("statement is closed");
      try (ResultSet r = b.executeQuery()) {
        assertThat(r.next()).isTrue();
      }
      b.close();
    }
  }

  @Test
  void eachConnectionKeepsABoundedNumberOfStatements() throws SQLException {
    PreparedStatement oldest;
    try (Connection c = pool.getConnection()) {
      try (PreparedStatement s = c.prepareStatement("SELECT 0 FROM t")) {
        oldest = s.unwrap(PreparedStatement.class);
      }
      for (int i = 1; i <= EmbeddedPool.STATEMENTS; i++) {
        c.prepareStatement("SELECT " + i + " FROM t").close();
      }
      assertThat(oldest.isClosed()).as("the least recently used is closed").isTrue();
      try (PreparedStatement s = c.prepareStatement("SELECT 0 FROM t");
          ResultSet r = s.executeQuery()) {
        assertThat(s.unwrap(PreparedStatement.class)).isNotSameAs(oldest);
        assertThat(r.next()).isFalse();
      }
    }
  }

  @Test
  void closingInsideATransactionRollsItBackAndRestoresAutoCommit() throws SQLException {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO t VALUES (1)");
      }
    }
    try (Connection c = pool.getConnection()) {
      assertThat(c.getAutoCommit()).isTrue();
      assertThat(rows(c)).isZero();
    }
  }

  @Test
  void committedWorkStaysAndTheSettingsAreRestored() throws SQLException {
    int isolation;
    try (Connection c = pool.getConnection()) {
      isolation = c.getTransactionIsolation();
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO t VALUES (1)");
      }
      c.commit();
    }
    try (Connection c = pool.getConnection()) {
      assertThat(rows(c)).isEqualTo(1);
      assertThat(c.getTransactionIsolation()).isEqualTo(isolation);
    }
  }

  @Test
  void aClosedHandleRefusesWorkAndClosingItAgainIsHarmless() throws SQLException {
    Connection c = pool.getConnection();
    c.close();
    c.close();
    assertThat(c.isClosed()).isTrue();
    assertThat(c.isValid(1)).isFalse();
    assertThatThrownBy(c::createStatement)
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("handle is closed");
    assertThat(pool.idleConnections()).isEqualTo(1);
  }

  @Test
  void whenAllConnectionsAreInUseACallerWaitsThenGetsAClearError() throws Exception {
    pool.close();
    pool = pool(2, Duration.ofMillis(200));
    try (Connection a = pool.getConnection();
        Connection b = pool.getConnection()) {
      assertThatThrownBy(pool::getConnection)
          .isInstanceOf(SQLTransientConnectionException.class)
          .hasMessageContaining("no connection free within 200 ms: all 2 are in use");
    }
    assertThat(pool.openConnections()).isEqualTo(2);
  }

  @Test
  void aWaitingCallerGetsTheConnectionAnotherReleases() throws Exception {
    Connection a = pool.getConnection();
    Connection b = pool.getConnection();
    ExecutorService threads = Executors.newSingleThreadExecutor();
    try {
      CountDownLatch waiting = new CountDownLatch(1);
      Thread[] caller = new Thread[1];
      Future<Long> third =
          threads.submit(
              () -> {
                caller[0] = Thread.currentThread();
                waiting.countDown();
                try (Connection c = pool.getConnection()) {
                  return session(c);
                }
              });
      waiting.await();
      long released = session(b);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (caller[0].getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
        Thread.onSpinWait(); // until the caller is parked in the pool, waiting for a connection
      }
      assertThat(caller[0].getState()).isEqualTo(Thread.State.TIMED_WAITING);
      assertThat(third.isDone()).isFalse();
      b.close();
      assertThat(third.get(5, TimeUnit.SECONDS)).isEqualTo(released);
    } finally {
      a.close();
      threads.shutdownNow();
    }
    assertThat(opened).hasValue(2);
  }

  @Test
  void aBrokenConnectionIsClosedAndReplaced() throws SQLException {
    long broken;
    try (Connection c = pool.getConnection()) {
      broken = session(c);
      c.unwrap(org.h2.jdbc.JdbcConnection.class).close();
    }
    assertThat(pool.openConnections()).isZero();
    try (Connection c = pool.getConnection()) {
      assertThat(session(c)).isNotEqualTo(broken);
    }
    assertThat(opened).hasValue(2);
  }

  @Test
  void aFailedOpenIsReportedAndDoesNotUseUpTheLimit() throws Exception {
    pool.close();
    AtomicInteger calls = new AtomicInteger();
    pool =
        new EmbeddedPool(
            () -> {
              if (calls.incrementAndGet() <= 3) {
                throw new SQLException("the database is locked", "90020");
              }
              return DriverManager.getConnection(url, "sa", "");
            },
            1,
            Duration.ofMillis(100));
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(pool::getConnection).hasMessage("the database is locked");
    }
    try (Connection c = pool.getConnection()) {
      assertThat(rows(c)).isZero();
    }
  }

  @Test
  void aClosedPoolRefusesCallersAndClosesTheConnectionsInUseWhenReturned() throws SQLException {
    Connection inUse = pool.getConnection();
    org.h2.jdbc.JdbcConnection physical = inUse.unwrap(org.h2.jdbc.JdbcConnection.class);
    try (Connection idle = pool.getConnection()) {
      session(idle);
    }
    pool.close();
    assertThat(pool.openConnections()).isEqualTo(1);
    assertThatThrownBy(pool::getConnection).hasMessageContaining("pool is closed");
    inUse.close();
    assertThat(physical.isClosed()).isTrue();
    assertThat(pool.openConnections()).isZero();
  }

  @Test
  void manyThreadsShareFewConnectionsWithoutLosingWork() throws Exception {
    pool.close();
    pool = pool(3, Duration.ofSeconds(30));
    opened.set(0);
    int threads = 8;
    int rounds = 200;
    ExecutorService exec = Executors.newFixedThreadPool(threads);
    CountDownLatch gate = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        int me = t;
        done.add(
            exec.submit(
                () -> {
                  gate.await();
                  for (int r = 0; r < rounds; r++) {
                    try (Connection c = pool.getConnection()) {
                      c.setAutoCommit(false);
                      try (Statement s = c.createStatement()) {
                        s.executeUpdate("INSERT INTO t VALUES (" + (me * rounds + r) + ")");
                      }
                      if (r % 10 == 9) {
                        continue; // closed mid-transaction: rolled back
                      }
                      c.commit();
                      c.setAutoCommit(true);
                    }
                    assertThat(pool.openConnections()).isLessThanOrEqualTo(3);
                  }
                  return null;
                }));
      }
      gate.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      exec.shutdownNow();
    }
    try (Connection c = pool.getConnection()) {
      assertThat(rows(c)).isEqualTo(threads * rounds * 9 / 10);
    }
    assertThat(opened.get()).isLessThanOrEqualTo(3);
  }
}
