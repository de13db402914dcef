package dev.revops.benchmarks.money;

import dev.revops.core.money.Money;
import java.util.concurrent.TimeUnit;
import org.javamoney.moneta.FastMoney;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Multiplying USD 1,234.57 by a rate of 8.25 % and rounding half-even to the cent (a tax line). The
 * inputs are checked against the raw-long floor before the run ({@link MoneyInputs}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MoneyRateBenchmark {
  /**
   * revops {@code Money}.
   *
   * @param in the inputs
   * @return the result
   */
  @Benchmark
  public Money revops(MoneyInputs in) {
    return Flavours.Revops.applyRate(in.revopsA, in.revopsRate);
  }

  /**
   * Moneta {@code Money}.
   *
   * @param in the inputs
   * @return the result
   */
  @Benchmark
  public org.javamoney.moneta.Money monetaMoney(MoneyInputs in) {
    return Flavours.Moneta.applyRate(in.monetaA, in.rate);
  }

  /**
   * Moneta {@code FastMoney}.
   *
   * @param in the inputs
   * @return the result
   */
  @Benchmark
  public FastMoney monetaFastMoney(MoneyInputs in) {
    return Flavours.Fast.applyRate(in.fastA, in.rate);
  }

  /**
   * Joda-Money {@code Money}.
   *
   * @param in the inputs
   * @return the result
   */
  @Benchmark
  public org.joda.money.Money jodaMoney(MoneyInputs in) {
    return Flavours.Joda.applyRate(in.jodaA, in.rate);
  }

  /**
   * Plain {@code BigDecimal}.
   *
   * @param in the inputs
   * @return the result
   */
  @Benchmark
  public java.math.BigDecimal bigDecimal(MoneyInputs in) {
    return Flavours.Big.applyRate(in.bigA, in.rate);
  }

  /**
   * Raw {@code long} cents, the floor.
   *
   * @param in the inputs
   * @return the result
   */
  @Benchmark
  public long rawLong(MoneyInputs in) {
    return Flavours.Raw.applyRate(in.rawA, in.rawRate);
  }
}
