package dev.revops.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * {@link Money}'s fast paths (long arithmetic for a multiplication, the allocation of pieces, the
 * refusal of huge values before any rescaling) against plain {@link BigDecimal}/{@link BigInteger}
 * references that compute the same answer the slow way.
 */
class MoneyArithmeticProperties {
  private static final Currency USD = Currency.getInstance("USD");

  @Provide
  Arbitrary<Long> minors() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(-1_000_000, 1_000_000),
        Arbitraries.longs(),
        Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE + 1, 1L, -1L, 0L, 3L, -3L, 5L, -5L));
  }

  @Provide
  Arbitrary<BigDecimal> factors() {
    Arbitrary<BigDecimal> decimal =
        Arbitraries.longs()
            .between(-1_000_000_000L, 1_000_000_000L)
            .flatMap(
                unscaled ->
                    Arbitraries.integers()
                        .between(0, 20)
                        .map(scale -> BigDecimal.valueOf(unscaled, scale)));
    Arbitrary<BigDecimal> ties =
        Arbitraries.of(
                "0.5", "-0.5", "1.5", "0.25", "0.125", "2.5", "0.05", "0.0000000000000000005")
            .map(BigDecimal::new);
    Arbitrary<BigDecimal> wide =
        Arbitraries.of("1234567890.123456789", "0.1234567890123456789", "1E+3", "7E-19")
            .map(BigDecimal::new);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, decimal),
        net.jqwik.api.Tuple.of(3, ties),
        net.jqwik.api.Tuple.of(1, wide));
  }

  @Property(tries = 1000)
  void timesRoundsExactlyAsBigDecimalDoesInEveryMode(
      @ForAll("minors") long minor,
      @ForAll("factors") BigDecimal factor,
      @ForAll RoundingMode rounding) {
    BigDecimal exact = BigDecimal.valueOf(minor).multiply(factor);
    BigInteger expected;
    try {
      expected = exact.setScale(0, rounding).toBigIntegerExact();
    } catch (ArithmeticException unnecessary) {
      assertThatThrownBy(() -> Money.ofMinor(minor, USD).times(factor, rounding))
          .isInstanceOf(ArithmeticException.class);
      return;
    }
    if (expected.bitLength() > 63) {
      assertThatThrownBy(() -> Money.ofMinor(minor, USD).times(factor, rounding))
          .isInstanceOf(ArithmeticException.class);
      return;
    }
    assertThat(Money.ofMinor(minor, USD).times(factor, rounding).minor())
        .isEqualTo(expected.longValueExact());
  }

  @Property(tries = 1000)
  void allocationMatchesTheLargestRemainderReference(
      @ForAll("minors") long amount,
      @ForAll @Size(min = 1, max = 6)
          List<@LongRange(min = 0, max = 1_000_000_000_000L) Long> ratios) {
    long[] r = ratios.stream().mapToLong(Long::longValue).toArray();
    if (Arrays.stream(r).sum() == 0) {
      return;
    }
    List<Money> pieces = Money.ofMinor(amount, USD).allocate(r);
    assertThat(pieces).extracting(Money::minor).containsExactlyElementsOf(reference(amount, r));
  }

  @Property(tries = 200)
  void tiesInTheRemaindersGoToTheEarliestPieceEvenForTheLargestAmounts(
      @ForAll @IntRange(min = 2, max = 7) int parts, @ForAll boolean negative) {
    long amount = negative ? Long.MIN_VALUE : Long.MAX_VALUE;
    long[] equal = new long[parts];
    Arrays.fill(equal, 1);
    assertThat(Money.ofMinor(amount, USD).allocate(equal))
        .extracting(Money::minor)
        .containsExactlyElementsOf(reference(amount, equal));
    long[] skewed = new long[parts];
    Arrays.fill(skewed, 3);
    skewed[parts - 1] = 1_000_000_007L;
    assertThat(Money.ofMinor(amount, USD).allocate(skewed))
        .extracting(Money::minor)
        .containsExactlyElementsOf(reference(amount, skewed));
  }

  /** Largest remainder with BigIntegers; a tie goes to the earliest piece. */
  private static List<Long> reference(long amount, long[] ratios) {
    BigInteger magnitude = BigInteger.valueOf(amount).abs();
    BigInteger total = BigInteger.ZERO;
    for (long x : ratios) {
      total = total.add(BigInteger.valueOf(x));
    }
    int n = ratios.length;
    BigInteger[] pieces = new BigInteger[n];
    BigInteger[] rest = new BigInteger[n];
    BigInteger given = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = magnitude.multiply(BigInteger.valueOf(ratios[i])).divideAndRemainder(total);
      pieces[i] = qr[0];
      rest[i] = qr[1];
      given = given.add(qr[0]);
    }
    boolean[] taken = new boolean[n];
    for (BigInteger k = BigInteger.ZERO;
        k.compareTo(magnitude.subtract(given)) < 0;
        k = k.add(BigInteger.ONE)) {
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (!taken[i] && (best < 0 || rest[i].compareTo(rest[best]) > 0)) {
          best = i;
        }
      }
      pieces[best] = pieces[best].add(BigInteger.ONE);
      taken[best] = true;
    }
    List<Long> out = new ArrayList<>();
    for (BigInteger p : pieces) {
      out.add((amount < 0 ? p.negate() : p).longValueExact());
    }
    return out;
  }

  @Property(tries = 1000)
  void splitGivesTheRemainderOneUnitAtATimeToTheFirstPieces(
      @ForAll("minors") long amount, @ForAll @IntRange(min = 1, max = 50) int parts) {
    List<Money> pieces = Money.ofMinor(amount, USD).split(parts);
    assertThat(pieces).hasSize(parts);
    BigInteger sum = BigInteger.ZERO;
    for (Money p : pieces) {
      sum = sum.add(BigInteger.valueOf(p.minor()));
    }
    assertThat(sum).isEqualTo(BigInteger.valueOf(amount));
    long base = amount / parts;
    long extras = Math.abs(amount % parts);
    for (int i = 0; i < parts; i++) {
      long expected = i < extras ? base + Long.signum(amount) : base;
      assertThat(pieces.get(i).minor()).as("piece %d", i).isEqualTo(expected);
    }
  }

  @Property(tries = 1000)
  void roundingFromADecimalKeepsTheCurrencysDecimals(
      @ForAll @LongRange(min = -10_000_000, max = 10_000_000) long thousandths,
      @ForAll RoundingMode rounding) {
    BigDecimal amount = BigDecimal.valueOf(thousandths, 3);
    BigDecimal expected;
    try {
      expected = amount.setScale(2, rounding);
    } catch (ArithmeticException unnecessary) {
      assertThatThrownBy(() -> Money.of(amount, USD, rounding))
          .isInstanceOf(ArithmeticException.class);
      return;
    }
    assertThat(Money.of(amount, USD, rounding).minor())
        .isEqualTo(expected.unscaledValue().longValueExact());
  }

  @Test
  void hugeExponentsAreRefusedFromPrecisionAndScaleAloneWithAShortMessage() {
    // Rescaling either value would build a number of a billion digits: these calls only return
    // (with the refusal) because the checks come first.
    BigDecimal huge = new BigDecimal("1E+999999999");
    BigDecimal tiny = new BigDecimal("1E-999999999");
    assertThatThrownBy(() -> Money.of(huge, USD))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("1E+999999999")
        .hasMessageContaining("overflows")
        .matches(e -> e.getMessage().length() < 200, "a short message");
    assertThatThrownBy(() -> Money.of(tiny, USD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1E-999999999")
        .hasMessageContaining("more decimals than USD allows (2)")
        .matches(e -> e.getMessage().length() < 200, "a short message")
        .hasNoCause();
    assertThatThrownBy(() -> Money.of(huge, USD, RoundingMode.HALF_UP))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("overflows");
    assertThat(Money.of(tiny, USD, RoundingMode.HALF_UP).isZero()).isTrue();
    assertThat(Money.of(tiny, USD, RoundingMode.UP).minor()).isEqualTo(1);
  }

  @Test
  void theBoundariesOfTheMinorUnitRangeAreExact() {
    assertThat(Money.of(new BigDecimal("92233720368547758.07"), USD).minor())
        .isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> Money.of(new BigDecimal("92233720368547758.08"), USD))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("92233720368547758.08");
    assertThat(Money.of(new BigDecimal("1E+16"), USD).minor())
        .isEqualTo(1_000_000_000_000_000_000L);
    assertThatThrownBy(() -> Money.of(new BigDecimal("1E+17"), USD))
        .isInstanceOf(ArithmeticException.class);
    assertThat(Money.of(new BigDecimal("0.01"), USD).minor()).isEqualTo(1);
    assertThatThrownBy(() -> Money.of(new BigDecimal("0.001"), USD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.001");
    assertThat(Money.of(new BigDecimal("1.000"), USD).minor()).isEqualTo(100);
  }

  @Test
  void errorMessagesQuoteNumbersOfUpTo40DigitsInFullAndLongerOnesInBrief() {
    String forty = "9".repeat(40);
    assertThatThrownBy(() -> Money.of(new BigDecimal(forty), USD))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining(forty);
    String fortyOne = "9".repeat(41);
    assertThatThrownBy(() -> Money.of(new BigDecimal(fortyOne), USD))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageNotContaining(fortyOne)
        .hasMessageContaining("…");
    BigDecimal scale40 = new BigDecimal("1E-40");
    assertThatThrownBy(() -> Money.of(scale40, USD))
        .hasMessageContaining("0." + "0".repeat(39) + "1");
    BigDecimal scale41 = new BigDecimal("1E-41");
    assertThatThrownBy(() -> Money.of(scale41, USD)).hasMessageContaining("1E-41");
  }

  @Test
  void tooManyDecimalsIsDecidedBeforeAnyRescaling() {
    // a value whose every digit would be dropped is refused from precision and scale alone (no
    // failed rescaling behind the error); one with some digits left fails the exact rescaling
    assertThatThrownBy(() -> Money.of(new BigDecimal("0.001"), USD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasNoCause();
    assertThatThrownBy(() -> Money.of(new BigDecimal("1.001"), USD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasCauseInstanceOf(ArithmeticException.class);
  }
}
