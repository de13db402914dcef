package dev.revops.core.port.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryLocksTest {
  private final InMemoryLocks locks = new InMemoryLocks();

  @Test
  void workOnOneSubjectNeverOverlapsAndLocksAreDroppedAfterwards() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 200; round++) {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          done.add(
              pool.submit(
                  () -> {
                    gate.await();
                    return locks.withLock(
                        "debtor:1",
                        () -> {
                          maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                          Thread.yield();
                          inside.decrementAndGet();
                          return null;
                        });
                  }));
        }
        gate.countDown();
        for (Future<?> f : done) {
          f.get(10, TimeUnit.SECONDS);
        }
        assertThat(maxInside).hasValue(1);
        assertThat(locks.activeSubjects()).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void differentSubjectsDoNotWaitForEachOtherAndTheLockIsReentrant() throws Exception {
    CountDownLatch otherRan = new CountDownLatch(1);
    String result =
        locks.withLock(
            "a",
            () -> {
              Thread t =
                  new Thread(
                      () ->
                          locks.withLock(
                              "b",
                              () -> {
                                otherRan.countDown();
                                return null;
                              }));
              t.start();
              try {
                assertThat(otherRan.await(5, TimeUnit.SECONDS)).isTrue();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return locks.withLock("a", () -> "nested");
            });
    assertThat(result).isEqualTo("nested");
  }

  @Test
  void aThrowingWorkReleasesTheLockAndABlankSubjectIsRefused() {
    assertThatThrownBy(
            () ->
                locks.withLock(
                    "a",
                    () -> {
                      throw new IllegalStateException("x");
                    }))
        .hasMessage("x");
    assertThat(locks.activeSubjects()).isZero();
    assertThatThrownBy(() -> locks.withLock(" ", () -> 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }
}
