package dev.revops.benchmarks.metrics;

import dev.revops.benchmarks.LargeDataBenchmark;
import dev.revops.metrics.projection.MetricsProjection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * One pass of a whole event stream ({@link MetricsStream}: {@code events} MRR and receivable events
 * over {@code accounts} accounts and a year) through a fresh projection, against the hand-written
 * loop over the same records and the floor over primitive columns. One invocation is one pass, so
 * the score is the time of the pass; events per second is {@code events / score}. The trial's setup
 * runs all three once and checks they agree ({@link MetricsFloor#check}).
 */
public class MetricsProjectionBenchmark extends LargeDataBenchmark {
  /** Events in the stream. */
  @Param({"1000000", "10000000"})
  public int events;

  /** Accounts (two subscriptions each). */
  @Param({"100000"})
  public int accounts;

  private MetricsStream stream;

  /** Generates the stream and checks the contenders agree on it. */
  @Setup
  public void setUp() {
    stream = MetricsStream.generate(events, accounts, 42);
    MetricsFloor.check(stream, MetricsFloor.project(stream));
  }

  /**
   * revops {@code MetricsProjection}: accept every event, flush.
   *
   * @return the projection
   */
  @Benchmark
  public MetricsProjection revops() {
    return MetricsFloor.project(stream);
  }

  /**
   * Hand-written over the same event records, hash maps keyed by id.
   *
   * @return the totals
   */
  @Benchmark
  public MetricsFloor.Totals handWrittenRecords() {
    return MetricsFloor.objects(stream);
  }

  /**
   * The floor: longs in arrays over primitive columns.
   *
   * @return the totals
   */
  @Benchmark
  public MetricsFloor.Totals floorColumns() {
    return MetricsFloor.columns(stream);
  }
}
