package dev.revops.core;

/**
 * The time bound of every fuzz target: one call on an input of at most 1 KB must finish within
 * {@value #BOUND_MS} ms. A call over the bound is run again and only fails when it is slow twice in
 * a row: a slow parse is slow every time, a pause for class loading, instrumentation or a
 * collection is not.
 */
public final class FuzzBound {
  /** The bound for one call. */
  public static final long BOUND_MS = 50;

  private FuzzBound() {}

  /**
   * Fails when the call that started at {@code startNanos} took longer than the bound, and so did
   * running it again.
   *
   * @param inputLength how long the input was (over 1 KB, no bound applies)
   * @param startNanos {@link System#nanoTime()} before the first call
   * @param again the same call
   */
  public static void check(int inputLength, long startNanos, Runnable again) {
    long ms = (System.nanoTime() - startNanos) / 1_000_000;
    if (inputLength > 1024 || ms <= BOUND_MS) {
      return;
    }
    long retry = System.nanoTime();
    try {
      again.run();
    } catch (RuntimeException e) {
      // the outcome was checked the first time; only the time matters here
    }
    long retryMs = (System.nanoTime() - retry) / 1_000_000;
    if (retryMs > BOUND_MS) {
      throw new AssertionError(
          "took "
              + ms
              + " ms, then "
              + retryMs
              + " ms (bound "
              + BOUND_MS
              + " ms) for "
              + inputLength
              + " chars");
    }
  }
}
