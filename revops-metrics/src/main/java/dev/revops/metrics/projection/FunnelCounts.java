package dev.revops.metrics.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per lead source, how many leads entered each funnel stage over some days. The rule: a lead that
 * moves from its furthest stage to a further one enters every stage in between ({@link #enter}).
 * Mutable and not thread-safe: one projection or batch owns it.
 */
final class FunnelCounts {
  private final int stages;
  private final Map<String, long[]> bySource = new HashMap<>(2);

  /** Counts for a funnel of {@code stages} stages. */
  FunnelCounts(int stages) {
    this.stages = stages;
  }

  /**
   * Records that a lead of a source moved from its furthest stage to a further one.
   *
   * @param source the lead's source
   * @param furthest the furthest stage it had reached, -1 for none
   * @param reached the stage it reached now, after {@code furthest}
   */
  void enter(String source, int furthest, int reached) {
    long[] entries = bySource.computeIfAbsent(source, s -> new long[stages]);
    for (int i = furthest + 1; i <= reached; i++) {
      entries[i]++;
    }
  }

  /** Adds another day's (or partition's) counts to these. */
  void add(FunnelCounts other) {
    other.bySource.forEach(
        (source, from) -> {
          long[] into = bySource.computeIfAbsent(source, s -> new long[stages]);
          for (int i = 0; i < stages; i++) {
            into[i] = Math.addExact(into[i], from[i]);
          }
        });
  }

  /** The report's entries: per source with any entry, one count per stage in funnel order. */
  Map<String, List<Long>> toMap() {
    Map<String, List<Long>> entries = new HashMap<>();
    bySource.forEach(
        (source, counts) -> {
          List<Long> list = new ArrayList<>(stages);
          boolean any = false;
          for (long v : counts) {
            list.add(v);
            any |= v != 0;
          }
          if (any) {
            entries.put(source, list);
          }
        });
    return entries;
  }
}
