package dev.revops.benchmarks.money;

import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
 * Adding up many amounts of one currency: the 12 lines of an invoice, or 1,000 amounts of a ledger
 * (USD 0.01 to 9,999.99, generated from a fixed seed). This is where additions happen in billing;
 * the single add of {@link MoneyAddBenchmark} keeps each result, so it is bound by making that
 * object. revops is measured both as a chain of {@code plus} and with {@link Money#sum}; Joda-Money
 * with its own {@code Money.total}. Setup checks every library's sum equals the raw-long sum.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class MoneySumBenchmark {
  /** How many amounts. */
  @Param({"12", "1000"})
  public int amounts;

  private List<Money> revops;
  private List<org.javamoney.moneta.Money> moneta;
  private List<FastMoney> fast;
  private List<org.joda.money.Money> joda;
  private List<BigDecimal> big;
  private long[] raw;

  /** Makes the amounts in every library's type and checks the sums agree. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom rnd = new SplittableRandom(8);
    revops = new ArrayList<>(amounts);
    moneta = new ArrayList<>(amounts);
    fast = new ArrayList<>(amounts);
    joda = new ArrayList<>(amounts);
    big = new ArrayList<>(amounts);
    raw = new long[amounts];
    for (int i = 0; i < amounts; i++) {
      long cents = 1 + rnd.nextLong(999_999);
      BigDecimal value = BigDecimal.valueOf(cents, 2);
      revops.add(Money.ofMinor(cents, "USD"));
      moneta.add(org.javamoney.moneta.Money.of(value, Flavours.Moneta.USD));
      fast.add(FastMoney.of(value, Flavours.Moneta.USD));
      joda.add(org.joda.money.Money.of(Flavours.Joda.USD, value));
      big.add(value);
      raw[i] = cents;
    }
    long expected = rawLong();
    long[] actual = {
      revopsPlus().minor(),
      revopsSum().minor(),
      Flavours.Moneta.minor(monetaMoney()),
      Flavours.Moneta.minor(monetaFastMoney()),
      jodaMoney().getAmountMinorLong(),
      Flavours.Big.minor(bigDecimal())
    };
    String[] names = {
      "revops plus", "revops sum", "Moneta Money", "Moneta FastMoney", "Joda-Money", "BigDecimal"
    };
    for (int i = 0; i < actual.length; i++) {
      if (actual[i] != expected) {
        throw new IllegalStateException(
            names[i] + " summed " + actual[i] + " cents where raw long summed " + expected);
      }
    }
  }

  /**
   * revops, a chain of {@code plus}.
   *
   * @return the sum
   */
  @Benchmark
  public Money revopsPlus() {
    Money sum = Money.zero(Flavours.Revops.USD);
    for (int i = 0; i < revops.size(); i++) {
      sum = sum.plus(revops.get(i));
    }
    return sum;
  }

  /**
   * revops {@link Money#sum}.
   *
   * @return the sum
   */
  @Benchmark
  public Money revopsSum() {
    return Money.sum(Flavours.Revops.USD, revops);
  }

  /**
   * Moneta {@code Money}, a chain of {@code add}.
   *
   * @return the sum
   */
  @Benchmark
  public org.javamoney.moneta.Money monetaMoney() {
    org.javamoney.moneta.Money sum = org.javamoney.moneta.Money.zero(Flavours.Moneta.USD);
    for (int i = 0; i < moneta.size(); i++) {
      sum = sum.add(moneta.get(i));
    }
    return sum;
  }

  /**
   * Moneta {@code FastMoney}, a chain of {@code add}.
   *
   * @return the sum
   */
  @Benchmark
  public FastMoney monetaFastMoney() {
    FastMoney sum = FastMoney.zero(Flavours.Moneta.USD);
    for (int i = 0; i < fast.size(); i++) {
      sum = sum.add(fast.get(i));
    }
    return sum;
  }

  /**
   * Joda-Money {@code Money.total}.
   *
   * @return the sum
   */
  @Benchmark
  public org.joda.money.Money jodaMoney() {
    return org.joda.money.Money.total(Flavours.Joda.USD, joda);
  }

  /**
   * Plain {@code BigDecimal}, a chain of {@code add}.
   *
   * @return the sum
   */
  @Benchmark
  public BigDecimal bigDecimal() {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < big.size(); i++) {
      sum = sum.add(big.get(i));
    }
    return sum;
  }

  /**
   * Raw {@code long} cents, the floor: a plain {@code +=} without an overflow check, which the JIT
   * may vectorise.
   *
   * @return the sum
   */
  @Benchmark
  public long rawLong() {
    long sum = 0;
    for (long cents : raw) {
      sum += cents;
    }
    return sum;
  }
}
