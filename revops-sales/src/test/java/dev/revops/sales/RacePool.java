package dev.revops.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.concurrency.StartGate;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The thread pool of a race test class, registered as a static {@code @RegisterExtension} field:
 * started before the class's first test, shut down after its last (and checked to have stopped
 * within ten seconds); {@link #race} releases its threads together through {@link StartGate}.
 */
public final class RacePool implements BeforeAllCallback, AfterAllCallback {
  private final int threads;
  private ExecutorService pool;

  /**
   * A pool of a fixed size.
   *
   * @param threads how many threads it has
   */
  public RacePool(int threads) {
    this.threads = threads;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    pool = Executors.newFixedThreadPool(threads);
  }

  @Override
  public void afterAll(ExtensionContext context) throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  /**
   * Runs a step on {@code n} threads of the pool, released together, waiting up to 30 seconds.
   *
   * @param n how many threads run (at most the pool's size)
   * @param step what each runs
   * @throws Exception the first failure, or a timeout
   */
  public void race(int n, StartGate.Step step) throws Exception {
    StartGate.race(pool, n, step, Duration.ofSeconds(30));
  }
}
