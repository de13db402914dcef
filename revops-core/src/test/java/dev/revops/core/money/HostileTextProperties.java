package dev.revops.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.validation.InputText;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * Money and rate text from outside: whatever it is, a parser returns a value or throws {@link
 * InvalidInputException}, and what it accepts means what {@link BigDecimal} means.
 */
class HostileTextProperties {
  /** Characters that make numbers, almost-numbers and the usual tricks. */
  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<Character> chars =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(10, Arbitraries.of('0', '1', '9', '.', 'e', 'E', '-', '+')),
            net.jqwik.api.Tuple.of(2, Arbitraries.of(' ', '%', '\t', '\n', ',', '_', 'x')),
            net.jqwik.api.Tuple.of(
                1, Arbitraries.of('１', '٣', '۵', '߁', '٫', '\u202e', '\u0000', '\uFEFF')),
            net.jqwik.api.Tuple.of(1, Arbitraries.chars()));
    Arbitrary<String> small = chars.list().ofMaxSize(40).map(HostileTextProperties::join);
    Arbitrary<String> exponent =
        Arbitraries.integers()
            .between(0, 9_999_999)
            .flatMap(e -> Arbitraries.of("1e", "-9.5E", "0.0e-", "12e+").map(prefix -> prefix + e));
    Arbitrary<String> longDigits =
        Arbitraries.strings().withChars("0123456789.").ofMinLength(90).ofMaxLength(1024);
    return Arbitraries.oneOf(small, exponent, longDigits);
  }

  private static String join(java.util.List<Character> cs) {
    StringBuilder sb = new StringBuilder(cs.size());
    cs.forEach(sb::append);
    return sb.toString();
  }

  @Property(tries = 2000)
  void moneyTextIsAValueOrInvalidInput(@ForAll("hostile") String text) {
    Money m;
    try {
      m = Money.of(text, "USD");
    } catch (InvalidInputException e) {
      assertThat(e.violations()).isNotEmpty();
      assertThat(e.getMessage().length()).isLessThan(400);
      return;
    }
    assertThat(m.amount()).isEqualByComparingTo(new BigDecimal(text.trim()));
    assertThat(Money.parse(m.toString())).isEqualTo(m);
  }

  @Property(tries = 2000)
  void percentageTextIsAValueOrInvalidInput(@ForAll("hostile") String text) {
    Percentage p;
    try {
      p = Percentage.of(text);
    } catch (InvalidInputException e) {
      assertThat(e.getMessage().length()).isLessThan(400);
      return;
    }
    assertThat(p.fraction().signum()).isNotNegative();
    if (p.toString().length() <= InputText.MAX_DECIMAL_LENGTH) {
      // a rate of ~100 significant digits is written longer than the parser reads
      assertThat(Percentage.of(p.toString())).isEqualTo(p);
    }
  }

  /** The check is a subset of BigDecimal's grammar: ASCII, bounded, nothing BigDecimal refuses. */
  @Property(tries = 2000)
  void acceptedTextIsAlwaysABigDecimal(@ForAll("hostile") String text) {
    if (InputText.decimalProblem(text) == null) {
      String t = text.trim();
      assertThat(t.chars()).allMatch(c -> c < 128);
      assertThat(t.length()).isLessThanOrEqualTo(InputText.MAX_DECIMAL_LENGTH);
      new BigDecimal(t);
    }
  }

  @Property(tries = 1000)
  void everyAmountRoundTripsThroughText(
      @ForAll @LongRange(min = Long.MIN_VALUE, max = Long.MAX_VALUE) long minor,
      @ForAll("currencies") String code) {
    Money m = Money.ofMinor(minor, code);
    assertThat(Money.of(m.format(), code)).isEqualTo(m);
    assertThat(Money.parse(m.toString())).isEqualTo(m);
  }

  @Provide
  Arbitrary<String> currencies() {
    return Arbitraries.of("USD", "JPY", "BHD", "EUR", "CLF");
  }
}
