package dev.revops.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.CurrencyMismatchException;
import dev.revops.core.error.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {
  @Test
  void scaleComesFromIso4217() {
    assertThat(Money.of("1234", "JPY").minor()).isEqualTo(1234);
    assertThat(Money.of("12.34", "USD").minor()).isEqualTo(1234);
    assertThat(Money.of("1.234", "BHD").minor()).isEqualTo(1234);
    assertThat(Money.of("12.3", "USD").format()).isEqualTo("12.30");
    assertThat(Money.ofMinor(5, "BHD").format()).isEqualTo("0.005");
  }

  @Test
  void tooManyDecimalsAreRejectedNotRounded() {
    assertThatThrownBy(() -> Money.of("12.345", "USD"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("more decimals than USD allows (2)");
    assertThatThrownBy(() -> Money.of("1.5", "JPY"))
        .hasMessageContaining("more decimals than JPY allows (0)");
  }

  @Test
  void badInputIsNamed() {
    assertThatThrownBy(() -> Money.of("twelve", "USD")).hasMessageContaining("'twelve'");
    assertThatThrownBy(() -> Money.of("1", "ZZZ")).hasMessageContaining("'ZZZ'");
    assertThatThrownBy(() -> Money.zero("XAU")).hasMessageContaining("XAU has no minor unit");
    assertThatThrownBy(() -> Money.parse("12.34")).hasMessageContaining("'12.34'");
  }

  @Test
  void parseReadsWhatToStringWrites() {
    Money m = Money.of("-1234.50", "EUR");
    assertThat(m.toString()).isEqualTo("EUR -1234.50");
    assertThat(Money.parse(m.toString())).isEqualTo(m);
  }

  @Test
  void mixingCurrenciesThrowsWithBoth() {
    Money usd = Money.of("1", "USD");
    Money eur = Money.of("1", "EUR");
    assertThatThrownBy(() -> usd.plus(eur))
        .isInstanceOfSatisfying(
            CurrencyMismatchException.class,
            e -> {
              assertThat(e.expected()).isEqualTo(Currency.getInstance("USD"));
              assertThat(e.actual()).isEqualTo(Currency.getInstance("EUR"));
            });
    assertThatThrownBy(() -> usd.compareTo(eur)).isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void overflowThrowsInsteadOfWrapping() {
    Money max = Money.ofMinor(Long.MAX_VALUE, "USD");
    assertThatThrownBy(() -> max.plus(Money.ofMinor(1, "USD")))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofMinor(Long.MIN_VALUE, "USD").negate())
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.times(new BigDecimal("1.5"), RoundingMode.HALF_UP))
        .isInstanceOf(ArithmeticException.class);
    // text from outside that does not fit is invalid input, not an arithmetic failure
    assertThatThrownBy(() -> Money.of("99999999999999999999", "USD"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("overflows the minor-unit range");
  }

  @Test
  void timesRoundsOnlyAsToldTo() {
    Money price = Money.of("10.00", "USD");
    BigDecimal third = new BigDecimal("0.333333333");
    assertThat(price.times(third, RoundingMode.HALF_UP)).isEqualTo(Money.of("3.33", "USD"));
    assertThat(price.times(third, RoundingMode.UP)).isEqualTo(Money.of("3.34", "USD"));
    assertThatThrownBy(() -> price.times(third, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThat(Money.of("0.05", "USD").times(Percentage.of("50"), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("0.02", "USD"));
  }

  @Test
  void allocateGivesLeftoverCentsToLargestRemainders() {
    // 100.00 by 1:1:1 -> 33.34, 33.33, 33.33 (tie: earliest piece wins)
    assertThat(Money.of("100", "USD").allocate(1, 1, 1))
        .containsExactly(
            Money.of("33.34", "USD"), Money.of("33.33", "USD"), Money.of("33.33", "USD"));
    // 0.05 by 3:7 -> exact 0.015 and 0.035: remainders equal, earliest gets the cent
    assertThat(Money.of("0.05", "USD").allocate(3, 7))
        .containsExactly(Money.of("0.02", "USD"), Money.of("0.03", "USD"));
    // 10 by 1:2 -> exact 3.33 / 6.67: the larger remainder (0.67) gets the unit
    assertThat(Money.of("10", "JPY").allocate(1, 2))
        .containsExactly(Money.of("3", "JPY"), Money.of("7", "JPY"));
    assertThat(Money.of("-100", "USD").allocate(1, 1, 1))
        .containsExactly(
            Money.of("-33.34", "USD"), Money.of("-33.33", "USD"), Money.of("-33.33", "USD"));
    assertThat(Money.of("5", "USD").allocate(0, 1))
        .containsExactly(Money.zero("USD"), Money.of("5", "USD"));
  }

  @Test
  void allocateRejectsBadRatios() {
    Money m = Money.of("1", "USD");
    assertThatThrownBy(() -> m.allocate()).hasMessageContaining("at least one ratio");
    assertThatThrownBy(() -> m.allocate(0, 0)).hasMessageContaining("above zero");
    assertThatThrownBy(() -> m.allocate(1, -1)).hasMessageContaining("ratio 1 is negative");
    assertThatThrownBy(() -> m.split(0)).hasMessageContaining("at least 1 part");
  }

  @Test
  void splitPutsLargerPiecesFirst() {
    assertThat(Money.of("0.10", "USD").split(3))
        .containsExactly(Money.of("0.04", "USD"), Money.of("0.03", "USD"), Money.of("0.03", "USD"));
    assertThat(Money.of("-0.10", "USD").split(3))
        .containsExactly(
            Money.of("-0.04", "USD"), Money.of("-0.03", "USD"), Money.of("-0.03", "USD"));
  }

  @Test
  void comparisons() {
    Money one = Money.of("1", "USD");
    Money two = Money.of("2", "USD");
    assertThat(one.isLessThan(two)).isTrue();
    assertThat(two.isGreaterThan(one)).isTrue();
    assertThat(one.min(two)).isEqualTo(one);
    assertThat(one.max(two)).isEqualTo(two);
    assertThat(Money.zero("USD").isZero()).isTrue();
    assertThat(one.negate().isNegative()).isTrue();
    assertThat(one.negate().abs()).isEqualTo(one);
    assertThat(Money.of("7.00", "USD").dividedBy(3, RoundingMode.HALF_UP))
        .isEqualTo(Money.of("2.33", "USD"));
  }
}
