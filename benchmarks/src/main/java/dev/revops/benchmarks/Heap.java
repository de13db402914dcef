package dev.revops.benchmarks;

/** The heap measurements the footprint harnesses share. */
public final class Heap {
  private Heap() {}

  /**
   * The heap in use after collecting: the least of four readings, each right after a {@code
   * System.gc()}, so that garbage a single collection left behind does not count.
   *
   * @return the bytes in use
   */
  public static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }
}
