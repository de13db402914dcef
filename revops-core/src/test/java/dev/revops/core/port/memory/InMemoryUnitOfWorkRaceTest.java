package dev.revops.core.port.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.error.ConcurrencyConflictException;
import dev.revops.core.port.OutboxEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real threads behind a start gate, many rounds: transfers between two stores stay whole. */
class InMemoryUnitOfWorkRaceTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 200;
  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void concurrentTransfersNeverCreateOrLoseMoneyAndEveryCommitHasItsEvents() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      InMemoryUnitOfWork work = new InMemoryUnitOfWork();
      InMemoryRepository<String, Account> left = new InMemoryRepository<>("Left");
      InMemoryRepository<String, Account> right = new InMemoryRepository<>("Right");
      InMemoryOutbox outbox = new InMemoryOutbox();
      left.save(new Account("x", 1_000, 0), Aggregate.NEW);
      right.save(new Account("x", 0, 0), Aggregate.NEW);
      CountDownLatch gate = new CountDownLatch(1);
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        done.add(
            pool.submit(
                () -> {
                  gate.await();
                  int committed = 0;
                  for (int i = 0; i < 5; i++) {
                    try {
                      work.run(
                          () -> {
                            Account from = left.get("x");
                            Account to = right.get("x");
                            left.save(from.plus(-1), from.version());
                            right.save(to.plus(1), to.version());
                            outbox.publish(
                                List.of(
                                    new Account.Moved("left", from.version(), -1),
                                    new Account.Moved("right", to.version(), 1)));
                          });
                      committed++;
                    } catch (ConcurrencyConflictException lost) {
                      // another thread won; nothing of this unit of work may remain
                    }
                  }
                  return committed;
                }));
      }
      gate.countDown();
      int committed = 0;
      for (Future<Integer> f : done) {
        committed += f.get(30, TimeUnit.SECONDS);
      }
      Account l = left.get("x");
      Account r = right.get("x");
      assertThat(l.balance() + r.balance()).as("round %d", round).isEqualTo(1_000);
      assertThat(r.balance()).isEqualTo(committed);
      assertThat(l.version()).isEqualTo(committed + 1L);
      List<OutboxEntry> events = outbox.pending(Integer.MAX_VALUE);
      assertThat(events).hasSize(2 * committed);
      for (int i = 1; i < events.size(); i++) {
        assertThat(events.get(i).sequence()).isGreaterThan(events.get(i - 1).sequence());
      }
    }
  }
}
