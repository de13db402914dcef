package dev.revops.benchmarks.work;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the benchmarks of this package share: one invocation is one pass over fresh stores, once
 * wired through the unit of work and the outbox ({@link #unitOfWorkAndOutbox()}), once direct
 * ({@link #direct()}); before anything is timed, {@link #check()} generates the book and runs both
 * wirings over stores of their own, which must agree. JMH's run annotations and benchmark methods
 * are inherited, so each subclass is measured on its own under its own name.
 *
 * @param <S> the stores one pass writes to
 * @param <T> what one pass leaves, compared between the wirings
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public abstract class OnePassOverFreshStores<S, T> {
  private S stores;

  /** For subclasses. */
  protected OnePassOverFreshStores() {}

  /** Generates the book (see {@link #generate()}) and checks both wirings agree on it. */
  @Setup(Level.Trial)
  public void check() {
    generate();
    T direct = pass(fill(), false);
    T work = pass(fill(), true);
    if (!direct.equals(work) || !plausible(direct)) {
      throw new IllegalStateException(
          "wirings disagree: direct " + direct + ", unit of work " + work);
    }
  }

  /** Fresh stores holding the book, before each pass. */
  @Setup(Level.Iteration)
  public void refill() {
    stores = fill();
  }

  /**
   * Through {@code InMemoryUnitOfWork}, {@code InMemoryOutbox} with its after-commit relay (and
   * {@code InMemoryLocks} where the pass takes locks).
   *
   * @return what the pass left
   */
  @Benchmark
  public T unitOfWorkAndOutbox() {
    return pass(stores, true);
  }

  /**
   * Direct: {@code UnitOfWork.direct()}, events handed to the publisher at once, no locks.
   *
   * @return what the pass left
   */
  @Benchmark
  public T direct() {
    return pass(stores, false);
  }

  /** Generates this trial's book from the benchmark's parameters. */
  protected abstract void generate();

  /**
   * New stores holding the book.
   *
   * @return the stores
   */
  protected abstract S fill();

  /**
   * One pass over the book.
   *
   * @param stores the stores it reads and writes
   * @param withUnitOfWork through the unit of work and the outbox, or direct
   * @return what the pass left
   */
  protected abstract T pass(S stores, boolean withUnitOfWork);

  /**
   * Whether the direct pass's answer is one the book should give, beyond agreeing with the other.
   *
   * @param direct the direct pass's answer
   * @return whether it is plausible
   */
  protected abstract boolean plausible(T direct);
}
