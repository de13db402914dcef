package dev.revops.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.validation.InputText;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hostile inputs tried on money and rates: each refused at once, with a short message. */
class HostileMoneyTextTest {
  private static final Currency USD = Currency.getInstance("USD");

  private static InvalidInputException refused(Runnable call) {
    try {
      call.run();
    } catch (InvalidInputException e) {
      // a message never carries more than a short excerpt of the input
      assertThat(e.getMessage().length()).isLessThan(400);
      return e;
    }
    throw new AssertionError("not refused");
  }

  @Test
  void unicodeDigitsAreNotMoney() {
    InvalidInputException fullwidth = refused(() -> Money.of("１２.３４", "USD"));
    assertThat(fullwidth.violations())
        .extracting(Violation::path, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "amount",
                "'１２.３４' is not a number (ASCII digits 0-9 with an optional sign, point and"
                    + " exponent)"));
    refused(() -> Money.of("١٢٫٣٤", "USD"));
    refused(() -> Money.of("١٢", "USD"));
    refused(() -> Money.parse("USD １２.３４"));
    refused(() -> Percentage.of("１２%"));
  }

  @Test
  void hugeExponentsAreRefusedBeforeAnyArithmetic() {
    long start = System.nanoTime();
    InvalidInputException money = refused(() -> Money.of("1e1000000", "USD"));
    InvalidInputException rate = refused(() -> Percentage.of("1e100000%"));
    InvalidInputException worse = refused(() -> Percentage.of("1e1000000%"));
    InvalidInputException tiny = refused(() -> Money.of("1e-1000000", "USD"));
    // seconds each before; now a character scan (generous bound for a loaded CI machine)
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
    assertThat(money.violations().get(0).message())
        .isEqualTo("'1e1000000' has an exponent of 1000000; at most 1000 in magnitude is allowed");
    assertThat(rate.violations().get(0).path()).isEqualTo("percent");
    assertThat(worse.getMessage()).contains("exponent of 1000000");
    assertThat(tiny.getMessage()).contains("exponent of -1000000");
    refused(() -> Money.of("1e99999999999999999999999", "USD"));
  }

  @Test
  void theBoundsThemselvesAreAccepted() {
    assertThat(Percentage.of("1e1000").percent()).isEqualByComparingTo("1e1000");
    assertThat(Percentage.of("1e-1000").fraction()).isEqualByComparingTo("1e-1002");
    refused(() -> Percentage.of("1e1001"));
    // 1e1000 is a valid number, just far too large for minor units in a long
    assertThat(refused(() -> Money.of("1e1000", "USD")).getMessage())
        .contains("overflows the minor-unit range")
        .contains("1E+1000");
    String longest = "1" + "0".repeat(InputText.MAX_DECIMAL_LENGTH - 4) + ".00";
    assertThat(longest).hasSize(InputText.MAX_DECIMAL_LENGTH);
    refused(() -> Money.of(longest, "USD"));
    String zeros = "0".repeat(InputText.MAX_DECIMAL_LENGTH - 5) + "12.34";
    assertThat(Money.of(zeros, "USD")).isEqualTo(Money.of("12.34", "USD"));
  }

  @Test
  void longInputIsQuotedAsAShortPrefixOnly() {
    String thousand = "9".repeat(1000);
    InvalidInputException e = refused(() -> Money.of(thousand, "USD"));
    assertThat(e.violations().get(0).message())
        .isEqualTo(
            "'"
                + "9".repeat(32)
                + "…' is too long for a number: 1000 characters, at most 100 allowed");
    InvalidInputException code = refused(() -> Money.of("1", "X".repeat(10_000)));
    assertThat(code.violations().get(0).path()).isEqualTo("currency");
    assertThat(code.getMessage()).contains("X".repeat(32) + "…").doesNotContain("X".repeat(33));
    refused(() -> Money.parse("USD" + "x".repeat(100_000)));
  }

  @Test
  void controlCharactersInAMessageAreEscaped() {
    InvalidInputException e = refused(() -> Money.of("12\u001b[31m\r\n\u202e", "USD"));
    assertThat(e.getMessage())
        .contains("12\\u001B[31m")
        .doesNotContain("\u001b")
        .doesNotContain("\r")
        .doesNotContain("\u202e");
  }

  @Test
  void validFormsMeanWhatBigDecimalMeans() {
    for (String s :
        List.of("12.34", "-12.34", "+1.5", ".5", "5.", "1e2", "1E+2", "12.340", "  7 ")) {
      assertThat(Money.of(s, "USD").amount()).isEqualByComparingTo(new BigDecimal(s.trim()));
    }
    for (String s : List.of("", " ", "-", "+", ".", "e5", "1e", "1e+", "1..2", "1.2.3", "0x10")) {
      refused(() -> Money.of(s, "USD"));
    }
    for (String s : List.of("NaN", "Infinity", "1_000", "1,5", "1 000", "--1", "1e5.5")) {
      refused(() -> Percentage.of(s));
    }
  }

  @Test
  void negativeAndTooPreciseRatesAreInvalidInputWithThePath() {
    assertThat(refused(() -> Percentage.of("-1e-50")).violations().get(0))
        .extracting(Violation::path)
        .isEqualTo("percent");
    assertThat(refused(() -> Money.of("1.234", "USD")).violations().get(0).path())
        .isEqualTo("amount");
    assertThat(refused(() -> Money.of("1", "XAU")).violations().get(0).path())
        .isEqualTo("currency");
  }

  @Test
  void bigDecimalFactoriesDecideFromPrecisionAndScaleFirst() {
    long start = System.nanoTime();
    assertThatThrownBy(() -> Money.of(new BigDecimal("1e1000000"), USD))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("1E+1000000")
        .hasMessageContaining("overflows");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1e-1000000"), USD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more decimals than USD allows (2)");
    assertThatThrownBy(
            () -> Money.of(new BigDecimal("1e1000000"), USD, java.math.RoundingMode.HALF_UP))
        .isInstanceOf(ArithmeticException.class);
    assertThat(Money.of(new BigDecimal("0e1000000"), USD)).isEqualTo(Money.zero(USD));
    assertThat(Money.of(new BigDecimal("0e-1000000"), USD)).isEqualTo(Money.zero(USD));
    assertThatThrownBy(() -> Percentage.ofFraction(new BigDecimal("-1e1000000")))
        .hasMessageContaining("cannot be negative")
        .hasMessageContaining("-1E+1000002%");
    assertThat(Percentage.ofPercent(new BigDecimal("1e100000")).fraction())
        .isEqualByComparingTo("1e99998");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
    // the exact edges still work
    assertThat(Money.of(new BigDecimal("92233720368547758.07"), USD).minor())
        .isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> Money.of(new BigDecimal("92233720368547758.08"), USD))
        .isInstanceOf(ArithmeticException.class);
    assertThat(Money.of(new BigDecimal("-92233720368547758.08"), USD).minor())
        .isEqualTo(Long.MIN_VALUE);
    assertThat(Money.of(new BigDecimal("12.3400000000"), USD).minor()).isEqualTo(1234);
  }

  @Test
  void splitIsBoundedInsteadOfRunningOutOfMemory() {
    Money m = Money.of("100.00", "USD");
    assertThatThrownBy(() -> m.split(Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("split makes at most 100000 parts, got 2147483647");
    List<Money> most = m.split(Money.MAX_SPLIT_PARTS);
    assertThat(most).hasSize(Money.MAX_SPLIT_PARTS);
    assertThat(Money.sum(USD, most)).isEqualTo(m);
    assertThat(most.get(0)).isEqualTo(Money.ofMinor(1, USD));
    assertThat(most.get(Money.MAX_SPLIT_PARTS - 1)).isEqualTo(Money.zero(USD));
  }
}
