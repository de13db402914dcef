package dev.revops.core.port.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.error.ConcurrencyConflictException;
import dev.revops.core.error.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryRepositoryTest {
  record Counter(String id, int value, long version) implements Aggregate<String, Counter> {
    @Override
    public Counter withVersion(long version) {
      return new Counter(id, value, version);
    }
  }

  private final InMemoryRepository<String, Counter> repo = new InMemoryRepository<>("Counter");

  @Test
  void saveAssignsTheNextVersion() {
    Counter saved = repo.save(new Counter("c1", 0, Aggregate.NEW), Aggregate.NEW);
    assertThat(saved.version()).isEqualTo(1);
    Counter again = repo.save(new Counter("c1", 5, saved.version()), saved.version());
    assertThat(again.version()).isEqualTo(2);
    assertThat(repo.get("c1")).isEqualTo(new Counter("c1", 5, 2));
    assertThat(repo.findAll()).containsExactly(new Counter("c1", 5, 2));
  }

  @Test
  void staleVersionIsAConflictWithIdExpectedAndActual() {
    repo.save(new Counter("c1", 0, 0), 0);
    assertThatThrownBy(() -> repo.save(new Counter("c1", 9, 0), 0))
        .isInstanceOfSatisfying(
            ConcurrencyConflictException.class,
            e -> {
              assertThat(e.id()).isEqualTo("c1");
              assertThat(e.expectedVersion()).isZero();
              assertThat(e.actualVersion()).isEqualTo(1);
            });
    assertThat(repo.get("c1").value()).isZero();
  }

  @Test
  void missingAggregateIsNotFound() {
    assertThat(repo.find("nope")).isEmpty();
    assertThatThrownBy(() -> repo.get("nope"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Counter nope not found");
  }

  @Test
  void concurrentSavesWithTheSameExpectedVersionHaveExactlyOneWinner() throws Exception {
    int threads = 8;
    for (int round = 0; round < 200; round++) {
      String id = "c" + round;
      repo.save(new Counter(id, 0, 0), 0);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch start = new CountDownLatch(1);
      AtomicInteger wins = new AtomicInteger();
      AtomicInteger conflicts = new AtomicInteger();
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int value = t + 1;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    repo.save(new Counter(id, value, 1), 1);
                    wins.incrementAndGet();
                  } catch (ConcurrencyConflictException e) {
                    conflicts.incrementAndGet();
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(10, TimeUnit.SECONDS);
      }
      pool.shutdown();
      assertThat(wins.get()).isEqualTo(1);
      assertThat(conflicts.get()).isEqualTo(threads - 1);
      assertThat(repo.get(id).version()).isEqualTo(2);
    }
  }

  @Test
  void concurrentIncrementsWithRetryLoseNoUpdate() throws Exception {
    repo.save(new Counter("shared", 0, 0), 0);
    int threads = 4;
    int perThread = 500;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(
          pool.submit(
              () -> {
                for (int i = 0; i < perThread; i++) {
                  while (true) {
                    Counter c = repo.get("shared");
                    try {
                      repo.save(new Counter("shared", c.value() + 1, c.version()), c.version());
                      break;
                    } catch (ConcurrencyConflictException retry) {
                      // reload and try again
                    }
                  }
                }
              }));
    }
    for (Future<?> f : futures) {
      f.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(repo.get("shared").value()).isEqualTo(threads * perThread);
    assertThat(repo.get("shared").version()).isEqualTo(threads * perThread + 1);
  }
}
