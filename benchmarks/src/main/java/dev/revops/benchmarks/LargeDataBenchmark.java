package dev.revops.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The run settings every large-data benchmark shares (bill run, dunning, metrics): one invocation
 * is one whole pass over a generated data set, timed once ({@link Mode#SingleShotTime}, in
 * milliseconds), two warm-up and five measured passes, in one fork with an 8 GB heap touched up
 * front so that the collector does not grow it while a pass is timed. JMH's run annotations are
 * inherited, so a subclass only declares its parameters, its setup and its benchmarks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public abstract class LargeDataBenchmark {
  /** For subclasses. */
  protected LargeDataBenchmark() {}
}
