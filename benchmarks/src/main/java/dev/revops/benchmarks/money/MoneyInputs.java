package dev.revops.benchmarks.money;

import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.javamoney.moneta.FastMoney;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The amounts every money benchmark works on, in each library's type: {@code a} = USD 1,234.57,
 * {@code b} = USD 78.99, a rate of 8.25 %. Fields, not constants, so the JIT cannot fold them.
 * Setup checks, before anything is timed, that every library gives the answer of the raw-long floor
 * on these inputs and on rounding ties (USD 10.00 and USD 30.00 at 8.25 %).
 */
@State(Scope.Thread)
public class MoneyInputs {
  static final String A = "1234.57";
  static final String B = "78.99";
  static final String RATE_PERCENT = "8.25";
  static final long RATE_MILLIONTHS = 82_500;

  Money revopsA;
  Money revopsB;
  Percentage revopsRate;
  org.javamoney.moneta.Money monetaA;
  org.javamoney.moneta.Money monetaB;
  FastMoney fastA;
  FastMoney fastB;
  org.joda.money.Money jodaA;
  org.joda.money.Money jodaB;
  BigDecimal bigA;
  BigDecimal bigB;
  BigDecimal rate;
  long rawA;
  long rawB;
  long rawRate;

  /** Makes the inputs and checks add and rate agree across libraries. */
  @Setup(Level.Trial)
  public void setUp() {
    revopsA = Money.of(A, "USD");
    revopsB = Money.of(B, "USD");
    revopsRate = Percentage.of(RATE_PERCENT);
    monetaA = moneta(A);
    monetaB = moneta(B);
    fastA = fast(A);
    fastB = fast(B);
    jodaA = joda(A);
    jodaB = joda(B);
    bigA = new BigDecimal(A);
    bigB = new BigDecimal(B);
    rate = revopsRate.fraction();
    rawA = revopsA.minor();
    rawB = revopsB.minor();
    rawRate = RATE_MILLIONTHS;

    long sum = Flavours.Raw.add(rawA, rawB);
    agree(
        "add",
        sum,
        Flavours.Revops.add(revopsA, revopsB).minor(),
        Flavours.Moneta.minor(Flavours.Moneta.add(monetaA, monetaB)),
        Flavours.Moneta.minor(Flavours.Fast.add(fastA, fastB)),
        Flavours.Joda.add(jodaA, jodaB).getAmountMinorLong(),
        Flavours.Big.minor(Flavours.Big.add(bigA, bigB)));
    for (String amount : List.of(A, B, "10.00", "30.00")) {
      long expected = Flavours.Raw.applyRate(Money.of(amount, "USD").minor(), rawRate);
      agree(
          "rate on " + amount,
          expected,
          Flavours.Revops.applyRate(Money.of(amount, "USD"), revopsRate).minor(),
          Flavours.Moneta.minor(Flavours.Moneta.applyRate(moneta(amount), rate)),
          Flavours.Moneta.minor(Flavours.Fast.applyRate(fast(amount), rate)),
          Flavours.Joda.applyRate(joda(amount), rate).getAmountMinorLong(),
          Flavours.Big.minor(Flavours.Big.applyRate(new BigDecimal(amount), rate)));
    }
  }

  /**
   * Checks every library allocates {@code a} by the ratios as the raw-long floor does.
   *
   * @param ratios the ratios
   */
  void checkAllocation(long[] ratios) {
    long[] expected = Flavours.Raw.allocate(rawA, ratios);
    List<long[]> actual = new ArrayList<>();
    actual.add(
        Flavours.Revops.allocate(revopsA, ratios).stream().mapToLong(Money::minor).toArray());
    actual.add(
        Arrays.stream(Flavours.Moneta.allocate(monetaA, ratios))
            .mapToLong(Flavours.Moneta::minor)
            .toArray());
    actual.add(
        Arrays.stream(Flavours.Fast.allocate(fastA, ratios))
            .mapToLong(Flavours.Moneta::minor)
            .toArray());
    actual.add(
        Arrays.stream(Flavours.Joda.allocate(jodaA, ratios))
            .mapToLong(org.joda.money.Money::getAmountMinorLong)
            .toArray());
    actual.add(
        Arrays.stream(Flavours.Big.allocate(bigA, ratios))
            .mapToLong(Flavours.Big::minor)
            .toArray());
    String[] names = {"revops", "Moneta Money", "Moneta FastMoney", "Joda-Money", "BigDecimal"};
    for (int i = 0; i < names.length; i++) {
      if (!Arrays.equals(expected, actual.get(i))) {
        throw new IllegalStateException(
            names[i]
                + " allocated "
                + Arrays.toString(actual.get(i))
                + " where raw long allocated "
                + Arrays.toString(expected)
                + " for ratios "
                + Arrays.toString(ratios));
      }
    }
  }

  private static void agree(String what, long expected, long... actual) {
    String[] names = {"revops", "Moneta Money", "Moneta FastMoney", "Joda-Money", "BigDecimal"};
    for (int i = 0; i < actual.length; i++) {
      if (actual[i] != expected) {
        throw new IllegalStateException(
            names[i]
                + " gave "
                + actual[i]
                + " cents for "
                + what
                + " where raw long gave "
                + expected);
      }
    }
  }

  private static org.javamoney.moneta.Money moneta(String amount) {
    return org.javamoney.moneta.Money.of(new BigDecimal(amount), Flavours.Moneta.USD);
  }

  private static FastMoney fast(String amount) {
    return FastMoney.of(new BigDecimal(amount), Flavours.Moneta.USD);
  }

  private static org.joda.money.Money joda(String amount) {
    return org.joda.money.Money.of(Flavours.Joda.USD, new BigDecimal(amount));
  }
}
