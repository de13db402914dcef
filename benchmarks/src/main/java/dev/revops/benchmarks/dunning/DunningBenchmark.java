package dev.revops.benchmarks.dunning;

import dev.revops.benchmarks.LargeDataBenchmark;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * One pass over a book of delinquent accounts ({@link DelinquentBook}): dunning evaluation and
 * compliance of every contact due, by revops and by hand ({@link DunningPass}). One invocation is
 * one pass; accounts per second is {@code accounts / score}. The trial's setup runs both once and
 * checks they agree on every count.
 */
public class DunningBenchmark extends LargeDataBenchmark {
  /** Delinquent accounts in the book. */
  @Param({"1000000"})
  public int accounts;

  private DelinquentBook book;

  /** Generates the book and checks both contenders agree on it. */
  @Setup
  public void setUp() {
    book = DelinquentBook.generate(accounts, 7);
    DunningPass.check(book);
  }

  /**
   * revops: {@code DunningEvaluator} and the standard collections contact policy.
   *
   * @return the counts
   */
  @Benchmark
  public Tally revops() {
    return DunningPass.revops(book);
  }

  /**
   * The hand-written loop with the same ladder and rules.
   *
   * @return the counts
   */
  @Benchmark
  public Tally handWritten() {
    return DunningPass.handWritten(book);
  }
}
