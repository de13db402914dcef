package dev.revops.benchmarks.money;

import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.javamoney.moneta.FastMoney;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Allocating USD 1,234.57 into 3 parts (ratios 50:30:20, a revenue share) and into 12 equal parts
 * (a year into months), pieces adding up to the whole. Only revops has an allocation method; for
 * the others it is written on top of the library (see {@link Flavours}). Every library's pieces are
 * checked against the raw-long floor before the run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MoneyAllocateBenchmark {
  /** The ratios for the number of parts, checked across libraries at setup. */
  @State(Scope.Thread)
  public static class Ratios {
    /** How many parts. */
    @Param({"3", "12"})
    public int parts;

    long[] ratios;

    /**
     * Picks the ratios and checks the allocations agree.
     *
     * @param in the amounts
     */
    @Setup(Level.Trial)
    public void setUp(MoneyInputs in) {
      if (parts == 3) {
        ratios = new long[] {50, 30, 20};
      } else {
        ratios = new long[parts];
        Arrays.fill(ratios, 1);
      }
      in.checkAllocation(ratios);
    }
  }

  /**
   * revops {@code Money.allocate}.
   *
   * @param in the amounts
   * @param r the ratios
   * @return the pieces
   */
  @Benchmark
  public List<Money> revops(MoneyInputs in, Ratios r) {
    return Flavours.Revops.allocate(in.revopsA, r.ratios);
  }

  /**
   * Moneta {@code Money}.
   *
   * @param in the amounts
   * @param r the ratios
   * @return the pieces
   */
  @Benchmark
  public org.javamoney.moneta.Money[] monetaMoney(MoneyInputs in, Ratios r) {
    return Flavours.Moneta.allocate(in.monetaA, r.ratios);
  }

  /**
   * Moneta {@code FastMoney}.
   *
   * @param in the amounts
   * @param r the ratios
   * @return the pieces
   */
  @Benchmark
  public FastMoney[] monetaFastMoney(MoneyInputs in, Ratios r) {
    return Flavours.Fast.allocate(in.fastA, r.ratios);
  }

  /**
   * Joda-Money {@code Money}.
   *
   * @param in the amounts
   * @param r the ratios
   * @return the pieces
   */
  @Benchmark
  public org.joda.money.Money[] jodaMoney(MoneyInputs in, Ratios r) {
    return Flavours.Joda.allocate(in.jodaA, r.ratios);
  }

  /**
   * Plain {@code BigDecimal}.
   *
   * @param in the amounts
   * @param r the ratios
   * @return the pieces
   */
  @Benchmark
  public BigDecimal[] bigDecimal(MoneyInputs in, Ratios r) {
    return Flavours.Big.allocate(in.bigA, r.ratios);
  }

  /**
   * Raw {@code long} cents, the floor.
   *
   * @param in the amounts
   * @param r the ratios
   * @return the pieces
   */
  @Benchmark
  public long[] rawLong(MoneyInputs in, Ratios r) {
    return Flavours.Raw.allocate(in.rawA, r.ratios);
  }
}
