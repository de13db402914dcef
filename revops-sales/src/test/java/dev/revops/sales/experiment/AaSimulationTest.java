package dev.revops.sales.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Simulated A/A tests (both arms convert at the same 20 %), {@value #RUNS} runs each, with a seeded
 * {@link Random} per test. A decision rule may call a winner in at most alpha of them; with {@value
 * #RUNS} runs the observed rate of a rule whose true rate is exactly alpha has a binomial standard
 * deviation of √(0.05 × 0.95 / 1000) = 0.0069, so the check is rate &lt;= alpha + 3 sd = 0.0707 (a
 * correct rule fails it with a probability of about 0.1 %; the seeds make every run reproducible).
 * Naive daily peeking at the z-test must exceed that bound, which is why "not yet" exists.
 */
class AaSimulationTest {
  private static final int RUNS = 1000;
  private static final double RATE = 0.20;
  private static final double ALPHA = 0.05;
  private static final double BOUND = ALPHA + 3 * Math.sqrt(ALPHA * (1 - ALPHA) / RUNS);
  private static final FixedHorizonTest FIXED =
      FixedHorizonTest.of(ExperimentFixtures.oneVariant(DecisionRule.FIXED_HORIZON, 10_000));
  private static final SequentialTest SEQUENTIAL =
      SequentialTest.of(ExperimentFixtures.oneVariant(DecisionRule.SEQUENTIAL_MSPRT, 1_000_000));

  private static long conversions(Random random, long contacts, double rate) {
    long x = 0;
    for (long i = 0; i < contacts; i++) {
      if (random.nextDouble() < rate) {
        x++;
      }
    }
    return x;
  }

  /** The share of {@code runs} runs whose outcome {@code counts}. */
  private static <T> double share(int runs, Supplier<T> run, Predicate<? super T> counts) {
    int hits = 0;
    for (int i = 0; i < runs; i++) {
      if (counts.test(run.get())) {
        hits++;
      }
    }
    return hits / (double) runs;
  }

  /** One read of {@link #FIXED} at its horizon. */
  private static Comparison fixedRun(Random random, double variantRate) {
    long n = FIXED.sampleSize().perArm();
    return FIXED
        .evaluate(
            List.of(
                new ArmCounts("variant", n, conversions(random, n, variantRate)),
                new ArmCounts("holdout", n, conversions(random, n, RATE))))
        .comparison("variant");
  }

  @Test
  void fixedHorizonReadOnceAtTheHorizonStaysAtOrBelowAlpha() {
    Random random = new Random(20261202L);
    double falseWinners =
        share(
            RUNS,
            () -> fixedRun(random, RATE),
            c -> {
              assertThat(c.verdict()).isNotEqualTo(Verdict.NOT_YET);
              return c.verdict().isWinner();
            });
    assertThat(falseWinners).isLessThanOrEqualTo(BOUND);
  }

  @Test
  void withTwoVariantsTheChanceOfAnyFalseWinnerStaysAtOrBelowAlpha() {
    ExperimentDefinition d = ExperimentFixtures.variants(DecisionRule.FIXED_HORIZON, 10_000, 2);
    FixedHorizonTest test = FixedHorizonTest.of(d);
    long n = test.sampleSize().perArm();
    Random random = new Random(7L);
    double runsWithAFalseWinner =
        share(
            RUNS,
            () ->
                test.evaluate(
                    List.of(
                        new ArmCounts("v0", n, conversions(random, n, RATE)),
                        new ArmCounts("v1", n, conversions(random, n, RATE)),
                        new ArmCounts("holdout", n, conversions(random, n, RATE)))),
            r -> r.comparisons().stream().anyMatch(c -> c.verdict().isWinner()));
    assertThat(runsWithAFalseWinner).isLessThanOrEqualTo(BOUND);
  }

  /**
   * Reading the z-test every day (20 days to the horizon) and stopping at the first p &lt;= 0.05
   * calls a false winner far more often than 5 % of the time; the fixed-horizon rule answers "not
   * yet" on every one of those early days.
   */
  @Test
  void naiveDailyPeekingAtTheZTestExceedsAlphaAndTheRuleSaysNotYet() {
    long n = FIXED.sampleSize().perArm();
    int days = 20;
    long perDay = (n + days - 1) / days;
    Random random = new Random(42L);
    int peekedWinners = 0;
    for (int run = 0; run < RUNS; run++) {
      long nv = 0;
      long xv = 0;
      long nh = 0;
      long xh = 0;
      boolean stopped = false;
      for (int day = 1; day <= days; day++) {
        long today = Math.min(perDay, n - nv);
        xv += conversions(random, today, RATE);
        xh += conversions(random, today, RATE);
        nv += today;
        nh += today;
        ArmCounts v = new ArmCounts("variant", nv, xv);
        ArmCounts h = new ArmCounts("holdout", nh, xh);
        if (nv < n) {
          assertThat(FIXED.evaluate(List.of(v, h)).comparison("variant").verdict())
              .isEqualTo(Verdict.NOT_YET);
        }
        if (!stopped && TwoProportionZTest.of(v, h, ALPHA).isSignificant()) {
          stopped = true;
        }
      }
      if (stopped) {
        peekedWinners++;
      }
    }
    double rate = peekedWinners / (double) RUNS;
    assertThat(rate).isGreaterThan(BOUND);
    assertThat(rate).as("typically two to four times alpha").isGreaterThan(2 * ALPHA);
  }

  /**
   * The mSPRT read every day for 60 days (6,000 contacts per arm), or after every 10 contacts per
   * arm (300 looks), keeps its false winners at or below alpha.
   */
  @ParameterizedTest(name = "seed {0}: {1} looks of {2} contacts per arm")
  @CsvSource({"1234, 60, 100", "99, 300, 10"})
  void sequentialTestReadOftenStaysAtOrBelowAlpha(long seed, int looks, int perLook) {
    Random random = new Random(seed);
    double falseWinners =
        share(
            RUNS,
            () -> sequentialRun(SEQUENTIAL, random, RATE, RATE, looks, perLook),
            c -> c.verdict().isWinner());
    assertThat(falseWinners).isLessThanOrEqualTo(BOUND);
  }

  /** With a real difference of the minimum detectable effect the rules do find it. */
  @Test
  void bothRulesDetectARealDifference() {
    Random random = new Random(5L);
    double found =
        share(RUNS, () -> fixedRun(random, 0.25), c -> c.verdict() == Verdict.VARIANT_BETTER);
    // power 0.8 planned: 0.8 +- 3 binomial sd (0.0126)
    assertThat(found).isBetween(0.76, 0.84);
    double detected =
        share(
            200,
            () -> sequentialRun(SEQUENTIAL, random, 0.25, RATE, 60, 100),
            c -> c.verdict() == Verdict.VARIANT_BETTER);
    assertThat(detected).isGreaterThan(0.8);
  }

  private static Comparison sequentialRun(
      SequentialTest test,
      Random random,
      double variantRate,
      double holdoutRate,
      int looks,
      int perLook) {
    long nv = 0;
    long xv = 0;
    long nh = 0;
    long xh = 0;
    ExperimentResult previous = null;
    for (int look = 0; look < looks; look++) {
      xv += conversions(random, perLook, variantRate);
      xh += conversions(random, perLook, holdoutRate);
      nv += perLook;
      nh += perLook;
      previous =
          test.evaluate(
              List.of(new ArmCounts("variant", nv, xv), new ArmCounts("holdout", nh, xh)),
              previous);
      if (previous.comparison("variant").verdict().isWinner()) {
        break;
      }
    }
    return previous.comparison("variant");
  }
}
