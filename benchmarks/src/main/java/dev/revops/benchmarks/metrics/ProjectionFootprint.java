package dev.revops.benchmarks.metrics;

import dev.revops.benchmarks.Heap;
import dev.revops.metrics.projection.MetricsProjection;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * The heap a {@link MetricsProjection} holds after a whole stream, measured as used heap after a
 * full GC with the projection alive minus used heap after a full GC with the same stream alive and
 * no projection yet. Run with {@code java -Xmx8g -cp benchmarks.jar
 * dev.revops.benchmarks.metrics.ProjectionFootprint [events:accounts ...]}; prints a Markdown
 * table. Not thread-safe: it calls {@link System#gc()}; run it alone.
 */
public final class ProjectionFootprint {
  private ProjectionFootprint() {}

  /**
   * One measurement.
   *
   * @param events events in the stream
   * @param accounts accounts in the stream
   * @param retainedBytes heap the projection retains after the stream
   * @param trackedKeys what the projection says it keeps state for
   */
  public record Footprint(long events, int accounts, long retainedBytes, int trackedKeys) {
    /**
     * Retained bytes per account.
     *
     * @return bytes per account
     */
    public long bytesPerAccount() {
      return retainedBytes / accounts;
    }
  }

  /**
   * Measures one stream size.
   *
   * @param events events in the stream
   * @param accounts accounts
   * @return the footprint
   */
  public static Footprint measure(int events, int accounts) {
    MetricsStream stream = MetricsStream.generate(events, accounts, 42);
    long before = Heap.usedAfterGc();
    MetricsProjection p = MetricsFloor.project(stream);
    long after = Heap.usedAfterGc();
    MetricsFloor.check(stream, p);
    Reference.reachabilityFence(stream);
    return new Footprint(events, accounts, Math.max(0, after - before), p.trackedKeys());
  }

  /**
   * Prints the footprints as a Markdown table.
   *
   * @param args {@code events:accounts} pairs; default 1M and 10M events over 100,000 accounts, and
   *     1M over 10,000
   */
  public static void main(String[] args) {
    List<String> sizes =
        args.length > 0
            ? List.of(args)
            : List.of("1000000:100000", "10000000:100000", "1000000:10000");
    List<Footprint> rows = new ArrayList<>();
    for (String size : sizes) {
      String[] parts = size.split(":");
      rows.add(measure(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
    }
    System.out.println(
        "| events | accounts | retained heap (MB) | bytes per account | keys tracked |");
    System.out.println("|---:|---:|---:|---:|---:|");
    for (Footprint f : rows) {
      System.out.printf(
          "| %,d | %,d | %.1f | %,d | %,d |%n",
          f.events(), f.accounts(), f.retainedBytes() / 1e6, f.bytesPerAccount(), f.trackedKeys());
    }
  }
}
