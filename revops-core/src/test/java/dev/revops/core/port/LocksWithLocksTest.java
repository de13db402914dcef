package dev.revops.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.port.memory.InMemoryLocks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** {@link Locks#withLocks}: the default every adapter inherits. */
class LocksWithLocksTest {

  /** Records the subjects it is asked to lock and whether the work ran inside all of them. */
  private static final class Recording implements Locks {
    final List<String> taken = new ArrayList<>();
    int depth;

    @Override
    public <T> T withLock(String subject, Supplier<T> work) {
      taken.add(subject);
      depth++;
      try {
        return work.get();
      } finally {
        depth--;
      }
    }
  }

  @Property(tries = 300)
  void subjectsAreTakenSortedAndOnceAndTheWorkRunsOnceInsideAllOfThem(
      @ForAll @Size(max = 6) List<@AlphaChars @StringLength(min = 1, max = 3) String> subjects) {
    Recording locks = new Recording();
    List<Integer> depthsAtWork = new ArrayList<>();
    String result =
        locks.withLocks(
            subjects,
            () -> {
              depthsAtWork.add(locks.depth);
              return "done";
            });
    assertThat(result).isEqualTo("done");
    assertThat(locks.taken).containsExactlyElementsOf(new TreeSet<>(subjects));
    assertThat(depthsAtWork).containsExactly(new TreeSet<>(subjects).size());
    assertThat(locks.depth).isZero();
  }

  @Test
  void badArgumentsAreRefusedByNameBeforeAnyLockIsTaken() {
    Recording locks = new Recording();
    assertThatThrownBy(() -> locks.withLocks(null, () -> 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("subjects");
    assertThatThrownBy(() -> locks.withLocks(Arrays.asList("a", null), () -> 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("subjects[1]");
    assertThatThrownBy(() -> locks.withLocks(List.of("a", " "), () -> 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lock subject 1 is blank");
    assertThatThrownBy(() -> locks.withLocks(List.of("a"), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("work");
    assertThatThrownBy(() -> locks.withLocks(List.of(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("work");
    assertThat(locks.taken).isEmpty();
  }

  @Test
  void aThrowingWorkReleasesEveryLock() {
    InMemoryLocks locks = new InMemoryLocks();
    assertThatThrownBy(
            () ->
                locks.withLocks(
                    List.of("b", "a"),
                    () -> {
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(locks.activeSubjects()).isZero();
  }

  /**
   * Threads lock overlapping sets of subjects given in shuffled orders and do a read, a pause and a
   * write on a counter per subject: nothing is lost and nobody deadlocks, because every caller
   * takes the locks in one order whatever order it names them in.
   */
  @Test
  void overlappingSetsInShuffledOrdersNeitherLoseUpdatesNorDeadlock() throws Exception {
    InMemoryLocks locks = new InMemoryLocks();
    List<String> all = List.of("debtor:a", "debtor:b", "debtor:c", "debtor:d");
    int threads = 6;
    int rounds = 150;
    Map<String, Integer> counters = new HashMap<>();
    Map<String, Integer> expected = new HashMap<>();
    Random random = new Random(7);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < rounds; round++) {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          List<String> mine = new ArrayList<>(all);
          Collections.shuffle(mine, random);
          List<String> picked = mine.subList(0, 2 + random.nextInt(3));
          for (String s : picked) {
            expected.merge(s, 1, Integer::sum);
          }
          done.add(
              pool.submit(
                  () -> {
                    gate.await();
                    return locks.withLocks(
                        picked,
                        () -> {
                          for (String s : picked) {
                            int n;
                            synchronized (counters) {
                              n = counters.getOrDefault(s, 0);
                            }
                            Thread.yield();
                            synchronized (counters) {
                              counters.put(s, n + 1);
                            }
                          }
                          return null;
                        });
                  }));
        }
        gate.countDown();
        for (Future<?> f : done) {
          f.get(10, TimeUnit.SECONDS);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(counters).isEqualTo(expected);
    assertThat(locks.activeSubjects()).isZero();
  }
}
