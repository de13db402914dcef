package dev.revops.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.benchmarks.metrics.ProjectionFootprint;
import dev.revops.benchmarks.statemachine.StateMachineFootprint;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once, very briefly and in this JVM, so none can rot: each must pass its
 * correctness check at setup and produce a score. Times nothing and asserts no figure.
 */
class BenchmarksSmokeTest {

  @Test
  void everyBenchmarkRunsAndProducesAResult() throws RunnerException, IOException {
    Set<String> declared = declaredBenchmarks();
    assertThat(declared).hasSizeGreaterThanOrEqualTo(30);

    Options options =
        new OptionsBuilder()
            .include("dev\\.revops\\.benchmarks\\..*")
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(60))
            // tiny data sets for the large-data benchmarks (metrics, dunning, bill run)
            .param("events", "20000")
            .param("accounts", "500")
            .param("subscriptions", "500")
            // the JDBC benchmarks once, on embedded H2 (PostgreSQL runs are for the real runs)
            .param("store", "h2")
            .shouldFailOnError(true)
            .output(Path.of("target", "jmh-smoke.txt").toString())
            .build();
    Collection<RunResult> results = new Runner(options).run();

    Set<String> ran = new TreeSet<>();
    for (RunResult r : results) {
      assertThat(r.getPrimaryResult().getSampleCount()).isPositive();
      assertThat(r.getPrimaryResult().getScore()).isPositive();
      ran.add(r.getParams().getBenchmark());
    }
    assertThat(ran).isEqualTo(declared);
    // The allocation benchmarks (6) run once per part count (3, 12) and the sum benchmarks (7)
    // once per number of amounts (12, 1000): one extra run each.
    assertThat(results).hasSize(declared.size() + 6 + 7);
  }

  @Test
  void footprintHarnessMeasuresEveryEngine() {
    List<StateMachineFootprint.Footprint> rows = StateMachineFootprint.measure(0.01);
    assertThat(rows)
        .extracting(StateMachineFootprint.Footprint::engine)
        .containsExactly("revops", "stateless4j", "squirrel-foundation", "Spring Statemachine");
    assertThat(rows.get(3).bytesPerInstance()).isPositive();
    assertThat(rows.get(3).bytesPerDefinition()).isPositive();
  }

  @Test
  void projectionFootprintHarnessMeasuresAndChecks() {
    ProjectionFootprint.Footprint f = ProjectionFootprint.measure(20_000, 500);
    assertThat(f.trackedKeys()).isEqualTo(500);
    assertThat(f.retainedBytes()).isPositive();
  }

  /** Every concrete class under target/classes with a @Benchmark method, inherited ones too. */
  private static Set<String> declaredBenchmarks() throws IOException {
    Path root = Path.of("target", "classes");
    try (Stream<Path> files = Files.walk(root)) {
      List<String> classNames =
          files
              .map(p -> root.relativize(p).toString())
              .filter(n -> n.endsWith(".class") && !n.contains("jmh_generated"))
              .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
              .collect(Collectors.toList());
      Set<String> names = new TreeSet<>();
      for (String className : classNames) {
        Class<?> type;
        try {
          type = Class.forName(className, false, BenchmarksSmokeTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
        if (Modifier.isAbstract(type.getModifiers())) {
          continue;
        }
        for (Method m : type.getMethods()) {
          if (m.isAnnotationPresent(Benchmark.class)) {
            names.add(type.getName() + "." + m.getName());
          }
        }
      }
      return names;
    }
  }
}
