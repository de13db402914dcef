package dev.revops.concurrency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The start gate of the race tests, shared through revops-core's test jar: every thread is
 * submitted, waits until all are ready, and then all are released at once; the caller waits for
 * every one and gets the first failure rethrown (as an {@code ExecutionException}).
 */
public final class StartGate {
  private StartGate() {}

  /** One thread's part of a race. */
  public interface Step {
    /**
     * Runs the part.
     *
     * @param thread the thread's number, from 0
     * @throws Exception anything; it fails the race
     */
    void run(int thread) throws Exception;
  }

  /**
   * Runs a step on {@code threads} threads of a pool, released together.
   *
   * @param pool the pool; it must have at least {@code threads} threads
   * @param threads how many run
   * @param step what each runs
   * @param timeout how long to wait for the threads to be ready, and for each to finish
   * @throws Exception the first failure, or a timeout
   */
  public static void race(ExecutorService pool, int threads, Step step, Duration timeout)
      throws Exception {
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch gate = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(
          pool.submit(
              () -> {
                ready.countDown();
                gate.await();
                step.run(thread);
                return null;
              }));
    }
    if (!ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      gate.countDown();
      throw new IllegalStateException("the threads were not ready within " + timeout);
    }
    gate.countDown();
    for (Future<?> d : done) {
      d.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Runs one part per element on a pool of its own (one thread each), released together.
   *
   * @param parts the elements
   * @param work the part each element runs
   * @param timeout how long to wait for readiness and for each part
   * @param <T> the element type
   * @throws Exception the first failure, or a timeout
   */
  public static <T> void race(List<T> parts, Function<T, Runnable> work, Duration timeout)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(parts.size());
    try {
      race(pool, parts.size(), t -> work.apply(parts.get(t)).run(), timeout);
    } finally {
      pool.shutdownNow();
    }
  }
}
