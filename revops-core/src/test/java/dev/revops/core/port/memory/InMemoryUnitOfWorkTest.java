package dev.revops.core.port.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.error.ConcurrencyConflictException;
import dev.revops.core.port.OutboxEntry;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class InMemoryUnitOfWorkTest {
  private final InMemoryUnitOfWork work = new InMemoryUnitOfWork();
  private final InMemoryRepository<String, Account> accounts = new InMemoryRepository<>("Account");
  private final InMemoryRepository<String, Account> other = new InMemoryRepository<>("Other");
  private final InMemoryOutbox outbox = new InMemoryOutbox();

  @Test
  void writesOfTwoStoresAndTheOutboxCommitTogether() {
    work.run(
        () -> {
          accounts.save(new Account("a", 10, 0), Aggregate.NEW);
          other.save(new Account("b", 20, 0), Aggregate.NEW);
          outbox.publish(List.of(new Account.Moved("a", 0, 10), new Account.Moved("b", 0, 20)));
          assertThat(accounts.size()).as("nothing is visible before the commit").isZero();
          assertThat(outbox.pendingCount()).isZero();
        });
    assertThat(accounts.get("a").balance()).isEqualTo(10);
    assertThat(other.get("b").balance()).isEqualTo(20);
    assertThat(outbox.pending(10)).extracting(OutboxEntry::sequence).containsExactly(1L, 2L);
  }

  @Test
  void aFailureInsideLeavesNothingBehind() {
    assertThatAUnitOfWorkOnA(
            a -> {
              accounts.save(a.plus(5), a.version());
              other.save(new Account("b", 1, 0), Aggregate.NEW);
              outbox.publish(List.of(new Account.Moved("a", 1, 5)));
              throw new IllegalStateException("boom");
            })
        .hasMessage("boom");
    assertThat(accounts.get("a").balance()).isEqualTo(10);
    assertThat(accounts.get("a").version()).isEqualTo(1);
    assertThat(other.find("b")).isEmpty();
    assertThat(outbox.pendingCount()).isZero();
  }

  @Test
  void theUnitOfWorkReadsItsOwnWritesThroughFindFindAllAndIndexes() {
    IndexedAccounts indexed = new IndexedAccounts();
    indexed.save(new Account("a", 10, 0), Aggregate.NEW);
    work.run(
        () -> {
          Account a = indexed.get("a");
          Account moved = indexed.save(a.plus(-20), a.version());
          indexed.save(new Account("n", -1, 0), Aggregate.NEW);
          assertThat(indexed.get("a")).isEqualTo(moved);
          assertThat(indexed.findAll()).hasSize(2);
          assertThat(indexed.negative()).extracting(Account::id).containsExactly("a", "n");
          assertThat(indexed.positive()).isEmpty();
        });
    assertThat(indexed.negative()).extracting(Account::id).containsExactly("a", "n");
  }

  @Test
  void aConflictFoundAtCommitAppliesNoStore() {
    assertThatAUnitOfWorkOnA(
            a -> {
              other.save(new Account("b", 1, 0), Aggregate.NEW);
              accounts.save(a.plus(1), a.version());
              // another writer commits the same account before this one does
              Thread writer = new Thread(() -> accounts.save(a.plus(100), a.version()));
              writer.start();
              join(writer);
            })
        .isInstanceOf(ConcurrencyConflictException.class);
    assertThat(accounts.get("a").balance()).isEqualTo(110);
    assertThat(other.find("b")).as("the other store is not applied either").isEmpty();
  }

  @Test
  void anInnerUnitOfWorkJoinsTheOuterOneAndOnlyTheOuterCommits() {
    AtomicInteger commits = new AtomicInteger();
    work.afterCommit(commits::incrementAndGet);
    assertThatThrownBy(
            () ->
                work.run(
                    () -> {
                      new InMemoryUnitOfWork()
                          .run(() -> accounts.save(new Account("a", 1, 0), Aggregate.NEW));
                      assertThat(accounts.find("a")).isPresent();
                      throw new IllegalStateException("outer fails");
                    }))
        .hasMessage("outer fails");
    assertThat(accounts.find("a")).isEmpty();
    assertThat(commits).hasValue(0);
    work.run(() -> accounts.save(new Account("a", 1, 0), Aggregate.NEW));
    assertThat(commits).hasValue(1);
    assertThat(InMemoryUnitOfWork.isActive()).isFalse();
  }

  @Test
  void aFailingAfterCommitListenerDoesNotUndoTheCommit() {
    work.afterCommit(
        () -> {
          throw new IllegalStateException("listener");
        });
    String id = work.inTransaction(() -> accounts.save(new Account("a", 1, 0), 0).id());
    assertThat(accounts.get(id).balance()).isEqualTo(1);
  }

  @Test
  void aSaveOutsideAUnitOfWorkStillChecksTheVersion() {
    accounts.save(new Account("a", 1, 0), Aggregate.NEW);
    assertThatThrownBy(() -> accounts.save(new Account("a", 2, 0), Aggregate.NEW))
        .isInstanceOf(ConcurrencyConflictException.class);
    assertThat(accounts.get("a").balance()).isEqualTo(1);
  }

  @Test
  void aDuplicateEventIdInTheOutboxFailsTheCommit() {
    outbox.publish(List.of(new Account.Moved("a", 0, 1)));
    assertThatThrownBy(
            () ->
                work.run(
                    () -> {
                      accounts.save(new Account("a", 1, 0), Aggregate.NEW);
                      outbox.publish(List.of(new Account.Moved("a", 0, 1)));
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("moved-a-0");
    assertThat(accounts.find("a")).isEmpty();
    assertThat(outbox.pendingCount()).isEqualTo(1);
  }

  /**
   * Saves account "a" with a balance of 10, then asserts on what a unit of work that works on it
   * throws.
   */
  private AbstractThrowableAssert<?, ? extends Throwable> assertThatAUnitOfWorkOnA(
      Consumer<Account> body) {
    accounts.save(new Account("a", 10, 0), Aggregate.NEW);
    return assertThatThrownBy(() -> work.run(() -> body.accept(accounts.get("a"))));
  }

  private static void join(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A repository with an index on the balance's sign. */
  static final class IndexedAccounts extends InMemoryRepository<String, Account> {
    private final InMemoryIndex<Boolean, String, Account> bySign =
        index(a -> List.of(a.balance() < 0));

    IndexedAccounts() {
      super("Account");
    }

    List<Account> negative() {
      return findBy(bySign, true);
    }

    List<Account> positive() {
      return findBy(bySign, false);
    }
  }
}
