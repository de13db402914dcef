package dev.revops.benchmarks.money;

import dev.revops.core.money.Money;
import java.util.concurrent.TimeUnit;
import org.javamoney.moneta.FastMoney;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Adding two amounts of the same currency, USD 1,234.57 + USD 78.99. The inputs are checked against
 * the raw-long floor before the run ({@link MoneyInputs}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MoneyAddBenchmark {
  /**
   * revops {@code Money}.
   *
   * @param in the inputs
   * @return the result
   */
  @Benchmark
  public Money revops(MoneyInputs in) {
    return Flavours.Revops.add(in.revopsA, in.revopsB);
  }

  /**
   * revops {@code Money}, the sum read as minor units and not kept: the same add and currency
   * check, but the result does not escape, so the JIT need not make the object. Shows what of the
   * add's cost is the result's allocation.
   *
   * @param in the inputs
   * @return the sum in cents
   */
  @Benchmark
  public long revopsResultNotKept(MoneyInputs in) {
    return Flavours.Revops.add(in.revopsA, in.revopsB).minor();
  }

  /**
   * Moneta {@code Money}.
   *
   * @param in the inputs
   * @return the result
   */
  @Benchmark
  public org.javamoney.moneta.Money monetaMoney(MoneyInputs in) {
    return Flavours.Moneta.add(in.monetaA, in.monetaB);
  }

  /**
   * Moneta {@code FastMoney}.
   *
   * @param in the inputs
   * @return the result
   */
  @Benchmark
  public FastMoney monetaFastMoney(MoneyInputs in) {
    return Flavours.Fast.add(in.fastA, in.fastB);
  }

  /**
   * Joda-Money {@code Money}.
   *
   * @param in the inputs
   * @return the result
   */
  @Benchmark
  public org.joda.money.Money jodaMoney(MoneyInputs in) {
    return Flavours.Joda.add(in.jodaA, in.jodaB);
  }

  /**
   * Plain {@code BigDecimal}.
   *
   * @param in the inputs
   * @return the result
   */
  @Benchmark
  public java.math.BigDecimal bigDecimal(MoneyInputs in) {
    return Flavours.Big.add(in.bigA, in.bigB);
  }

  /**
   * Raw {@code long} cents, the floor.
   *
   * @param in the inputs
   * @return the result
   */
  @Benchmark
  public long rawLong(MoneyInputs in) {
    return Flavours.Raw.add(in.rawA, in.rawB);
  }
}
