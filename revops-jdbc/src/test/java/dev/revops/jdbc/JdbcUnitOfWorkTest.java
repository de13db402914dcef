package dev.revops.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.jdbc.core.JdbcAccountRepository;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When a unit of work takes its connection: at its first statement, once. */
class JdbcUnitOfWorkTest {
  private static final AtomicInteger SEQ = new AtomicInteger();
  private final String url =
      "jdbc:h2:mem:uow-" + SEQ.incrementAndGet() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
  private final Counting source = new Counting(url);
  private final RevOpsDatabase db = RevOpsDatabase.on(source).migrate();
  private final JdbcAccountRepository accounts = new JdbcAccountRepository(db.database());

  @AfterEach
  void drop() throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      c.createStatement().execute("SHUTDOWN");
    }
  }

  @Test
  void aUnitOfWorkWithoutStatementsTakesNoConnectionButItsListenersRun() {
    AtomicInteger listened = new AtomicInteger();
    db.unitOfWork().afterCommit(listened::incrementAndGet);
    int before = source.taken.get();
    String result = db.unitOfWork().inTransaction(() -> "nothing to do");
    assertThat(result).isEqualTo("nothing to do");
    assertThat(source.taken.get() - before).isZero();
    assertThat(listened).hasValue(1);
  }

  @Test
  void statementsOfOneUnitOfWorkShareOneConnectionAndCommitTogether() {
    int before = source.taken.get();
    db.unitOfWork()
        .run(
            () -> {
              accounts.save(Fixtures.account(1), Aggregate.NEW);
              db.unitOfWork().run(() -> accounts.save(Fixtures.account(2), Aggregate.NEW));
              assertThat(accounts.findAll()).hasSize(2);
            });
    assertThat(source.taken.get() - before).isEqualTo(1);
    assertThat(accounts.findAll()).hasSize(2);
  }

  @Test
  void whatWaitsForTheCommitRunsAfterItOnceAndBeforeTheListeners() {
    java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    db.unitOfWork().afterCommit(() -> seen.add("listener"));
    db.unitOfWork()
        .run(
            () -> {
              accounts.save(Fixtures.account(1), Aggregate.NEW);
              db.unitOfWork()
                  .whenCommitted(() -> seen.add("committed " + accounts.findAll().size()));
              db.unitOfWork().run(() -> db.unitOfWork().whenCommitted(() -> seen.add("inner")));
              assertThat(seen).as("nothing runs before the commit").isEmpty();
            });
    assertThat(seen).containsExactly("committed 1", "inner", "listener");
  }

  @Test
  void whatWaitsForTheCommitIsDroppedByARollbackAndByAHostsTransaction() throws SQLException {
    AtomicInteger ran = new AtomicInteger();
    saveAccountOneThenFail(
        () -> db.unitOfWork().whenCommitted(ran::incrementAndGet), "rolled back");
    try (Connection host = DriverManager.getConnection(url, "sa", "")) {
      host.setAutoCommit(false);
      db.unitOfWork()
          .joining(
              host,
              () -> {
                db.unitOfWork().whenCommitted(ran::incrementAndGet);
                return null;
              });
      host.commit();
    }
    assertThat(ran).hasValue(0);
    db.unitOfWork().whenCommitted(ran::incrementAndGet);
    assertThat(ran).as("outside a unit of work: at once").hasValue(1);
  }

  @Test
  void aFailureAfterTheFirstStatementRollsEverythingBack() {
    saveAccountOneThenFail(() -> {}, "after the first write");
    assertThat(accounts.findAll()).isEmpty();
  }

  /** Runs a unit of work that saves account 1, then does more, then throws; checks it throws. */
  private void saveAccountOneThenFail(Runnable more, String message) {
    assertThatThrownBy(
            () ->
                db.unitOfWork()
                    .run(
                        () -> {
                          accounts.save(Fixtures.account(1), Aggregate.NEW);
                          more.run();
                          throw new IllegalStateException(message);
                        }))
        .hasMessage(message);
  }

  @Test
  void aDatabaseThatCannotBeReachedFailsAtTheFirstStatement() {
    source.refuse = true;
    assertThat(db.unitOfWork().inTransaction(() -> 7)).isEqualTo(7);
    assertThatThrownBy(
            () -> db.unitOfWork().run(() -> accounts.save(Fixtures.account(1), Aggregate.NEW)))
        .isInstanceOf(DatabaseUnavailableException.class)
        .hasMessageContaining("jdbc:h2:mem:uow-");
    source.refuse = false;
    assertThat(accounts.findAll()).isEmpty();
  }

  @Test
  void theHostsConnectionIsOpenedWhenAsked() throws SQLException {
    int before = source.taken.get();
    db.unitOfWork()
        .run(
            () -> {
              Connection c = db.unitOfWork().connection();
              assertThat(c).isSameAs(db.unitOfWork().connection());
              try {
                assertThat(c.getAutoCommit()).isFalse();
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            });
    assertThat(source.taken.get() - before).isEqualTo(1);
  }

  @Test
  void aReadOutsideAUnitOfWorkTakesOneConnectionCommitsNothingAndRunsNoListener() {
    accounts.save(Fixtures.account(1), Aggregate.NEW);
    AtomicInteger listened = new AtomicInteger();
    db.unitOfWork().afterCommit(listened::incrementAndGet);
    int before = source.taken.get();
    assertThat(accounts.find(Fixtures.account(1).id())).isPresent();
    assertThat(accounts.findAll()).hasSize(1);
    assertThat(source.taken.get() - before).isEqualTo(2);
    assertThat(listened).hasValue(0);
    // a write outside a unit of work still commits and notifies
    accounts.save(Fixtures.account(2), Aggregate.NEW);
    assertThat(listened).hasValue(1);
  }

  @Test
  void aReadOnAConnectionHandedOutWithAutoCommitOffEndsItsTransaction() {
    accounts.save(Fixtures.account(1), Aggregate.NEW);
    source.autoCommitOff = true;
    int rollbacks = source.rollbacks.get();
    assertThat(accounts.findAll()).hasSize(1);
    assertThat(source.rollbacks.get() - rollbacks).isEqualTo(1);
    // and a write on such a connection is committed as before
    accounts.save(Fixtures.account(2), Aggregate.NEW);
    source.autoCommitOff = false;
    assertThat(accounts.findAll()).hasSize(2);
  }

  /** A data source that counts the connections taken from it, and can refuse them. */
  static final class Counting extends BareDataSource {
    final String url;
    final AtomicInteger taken = new AtomicInteger();
    final AtomicInteger rollbacks = new AtomicInteger();
    volatile boolean refuse;
    volatile boolean autoCommitOff;

    Counting(String url) {
      this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
      if (refuse) {
        throw new SQLException("Connection refused", "08001");
      }
      taken.incrementAndGet();
      Connection c = DriverManager.getConnection(url, "sa", "");
      if (!autoCommitOff) {
        return c;
      }
      c.setAutoCommit(false);
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) -> {
                if (method.getName().equals("rollback") && args == null) {
                  rollbacks.incrementAndGet();
                }
                try {
                  return method.invoke(c, args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              });
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return getConnection();
    }

    /**
     * The URL, as pools name it (how revops-jdbc's errors name the database).
     *
     * @return the URL
     */
    public String getUrl() {
      return url;
    }
  }
}
