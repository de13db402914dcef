package dev.revops.billing.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.billing.port.memory.InMemoryIdempotencyStore;
import dev.revops.core.error.IdempotencyConflictException;
import dev.revops.core.port.memory.InMemoryUnitOfWork;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The idempotency store stages its keys in a unit of work and checks them at commit. */
class InMemoryIdempotencyStoreTest {
  final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();
  final InMemoryUnitOfWork work = new InMemoryUnitOfWork();
  final IdempotencyRecord first = new IdempotencyRecord("k", "f", "p-1");

  @Test
  void aStagedKeyIsSeenInsideOnlyAndDroppedWhenTheWorkFails() {
    assertThatThrownBy(
            () ->
                work.run(
                    () -> {
                      assertThat(store.putIfAbsent(first)).isEmpty();
                      assertThat(store.find("k")).contains(first);
                      assertThat(store.putIfAbsent(new IdempotencyRecord("k", "g", "p-2")))
                          .contains(first);
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(store.find("k")).isEmpty();
    assertThat(store.size()).isZero();
    work.run(() -> store.putIfAbsent(first));
    assertThat(store.find("k")).contains(first);
  }

  @Test
  void aKeyStoredByAnotherCommitMeanwhileFailsTheCommit() throws InterruptedException {
    CountDownLatch staged = new CountDownLatch(1);
    CountDownLatch otherCommitted = new CountDownLatch(1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread loser =
        new Thread(
            () -> {
              try {
                work.run(
                    () -> {
                      store.putIfAbsent(first);
                      staged.countDown();
                      await(otherCommitted);
                    });
              } catch (RuntimeException e) {
                failure.set(e);
              }
            });
    loser.start();
    await(staged);
    work.run(() -> store.putIfAbsent(new IdempotencyRecord("k", "f", "p-2")));
    otherCommitted.countDown();
    loser.join();
    assertThat(failure.get()).isInstanceOf(IdempotencyConflictException.class);
    assertThat(store.find("k").orElseThrow().resultId()).isEqualTo("p-2");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
