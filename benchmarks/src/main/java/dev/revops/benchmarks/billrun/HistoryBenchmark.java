package dev.revops.benchmarks.billrun;

import dev.revops.billing.billrun.BillingResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * History independence of the bill run: the cost of billing one account's one new period when its
 * subscription is 1, 60 and 120 months old and every earlier month is already billed ({@link
 * HistoryBook}, three books of the same accounts in one process, so the ratios come from one run).
 * One invocation bills the next account of the book, round robin, so the score is the time per
 * account. Two paths per age: {@code due*}, the bill run's dry run through {@code
 * BillingCycleService.due} over the in-memory stores (what it reads from the repositories and what
 * the generator computes); and {@code generatorOverAllInvoices*}, the generator alone handed the
 * account's subscriptions and every invoice it ever had. The setup checks, before anything is
 * timed, that at every age and for every account both paths give the same lines, that these are the
 * one new period only, and that they add up to the plan's price less the coupon.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class HistoryBenchmark {
  /** Accounts in each book, one subscription each. */
  @Param({"2000"})
  public int accounts;

  private HistoryBook month1;
  private HistoryBook months60;
  private HistoryBook months120;
  private int next1;
  private int next60;
  private int next120;

  /** Generates the three books and checks them. */
  @Setup
  public void setUp() {
    month1 = HistoryBook.generate(accounts, 1, 11);
    months60 = HistoryBook.generate(accounts, 60, 11);
    months120 = HistoryBook.generate(accounts, 120, 11);
    long lines = month1.check();
    if (months60.check() != lines || months120.check() != lines) {
      throw new IllegalStateException("the books do not bill the same lines at every age");
    }
  }

  private static int advance(int i, int size) {
    int n = i + 1;
    return n == size ? 0 : n;
  }

  /**
   * The dry run for an account 1 month old.
   *
   * @return what is due
   */
  @Benchmark
  public BillingResult dueAfter1Month() {
    next1 = advance(next1, accounts);
    return month1.due(month1.accounts[next1]);
  }

  /**
   * The dry run for an account 60 months old.
   *
   * @return what is due
   */
  @Benchmark
  public BillingResult dueAfter60Months() {
    next60 = advance(next60, accounts);
    return months60.due(months60.accounts[next60]);
  }

  /**
   * The dry run for an account 120 months old.
   *
   * @return what is due
   */
  @Benchmark
  public BillingResult dueAfter120Months() {
    next120 = advance(next120, accounts);
    return months120.due(months120.accounts[next120]);
  }

  /**
   * The generator over all the invoices of an account 1 month old.
   *
   * @return what is due
   */
  @Benchmark
  public BillingResult generatorOverAllInvoicesAfter1Month() {
    next1 = advance(next1, accounts);
    return month1.generateOverAllInvoices(month1.accounts[next1]);
  }

  /**
   * The generator over all the invoices of an account 60 months old.
   *
   * @return what is due
   */
  @Benchmark
  public BillingResult generatorOverAllInvoicesAfter60Months() {
    next60 = advance(next60, accounts);
    return months60.generateOverAllInvoices(months60.accounts[next60]);
  }

  /**
   * The generator over all the invoices of an account 120 months old.
   *
   * @return what is due
   */
  @Benchmark
  public BillingResult generatorOverAllInvoicesAfter120Months() {
    next120 = advance(next120, accounts);
    return months120.generateOverAllInvoices(months120.accounts[next120]);
  }
}
