package dev.revops.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The edges of {@link Percentage}: probabilities, ratios, exponents and the written form. */
class PercentageBoundaryTest {
  @Test
  void aProbabilityMayBeExactlyZeroOrOneAndNothingAbove() {
    assertThat(Percentage.probability(BigDecimal.ONE).fraction()).isEqualByComparingTo("1");
    assertThat(Percentage.probability(BigDecimal.ZERO).fraction()).isEqualByComparingTo("0");
    assertThat(Percentage.probability(new BigDecimal("0.25"))).isNotNull();
    assertThatThrownBy(() -> Percentage.probability(new BigDecimal("1.0000001")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.0000001");
  }

  @Test
  void aRatioNeedsAWholeAboveZero() {
    assertThat(Percentage.ratio(1, 1).fraction()).isEqualByComparingTo("1");
    assertThat(Percentage.ratio(0, 1).fraction()).isEqualByComparingTo("0");
    assertThatThrownBy(() -> Percentage.ratio(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 0");
    assertThatThrownBy(() -> Percentage.ratio(1, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theExponentBoundIsInclusiveAndTheWrittenFormReadsBack() {
    // 1E+998 percent is a fraction of 1E+996: adjusted exponent 998, inside the bound of 1000
    Percentage atBound = Percentage.of("1E+1000%");
    assertThat(Percentage.of(atBound.toString())).isEqualTo(atBound);
    assertThatThrownBy(() -> Percentage.of("1E+1001%")).hasMessageContaining("1E+1001");
    assertThatThrownBy(() -> Percentage.of("1E-1001%")).hasMessageContaining("1E-1001");
    assertThat(Percentage.of("1E-1000%").fraction().signum()).isEqualTo(1);
    assertThat(Percentage.of("0E+1000%").fraction().signum())
        .as("zero is zero whatever its exponent")
        .isZero();
  }

  @Test
  void theWrittenFormIsPlainUpToTheLengthLimitAndScientificBeyondIt() {
    assertThat(Percentage.of("12.5%").toString()).isEqualTo("12.5%");
    assertThat(Percentage.of("0.001%").toString()).isEqualTo("0.001%");
    assertThatThrownBy(() -> Percentage.of("-0.001%")).hasMessageContaining("cannot be negative");
    assertThat(Percentage.of("1E+200%").toString()).isEqualTo("1E+200%");
    assertThat(Percentage.of("1E-200%").toString()).isEqualTo("1E-200%");
    String ninety = "1" + "0".repeat(89) + "%";
    assertThat(Percentage.of(ninety).toString()).isEqualTo(ninety);
    for (String s : new String[] {"1E+96%", "1E+97%", "1E+98%", "1E+99%", "1E-96%", "1E-97%"}) {
      Percentage p = Percentage.of(s);
      assertThat(Percentage.of(p.toString())).as(s).isEqualTo(p);
      assertThat(p.toString().length()).as(s).isLessThanOrEqualTo(101);
    }
  }

  @Test
  void aValueBeyondTheExponentBoundIsRefusedEvenWhenItsWrittenExponentIsInside() {
    // 12E+1000 is written with exponent 1000 (allowed) but is 1.2E+1001 (not allowed)
    assertThatThrownBy(() -> Percentage.of("12E+1000%")).hasMessageContaining("12E+1000");
    assertThat(Percentage.of("10E+999%").fraction().signum()).isEqualTo(1);
    assertThat(Percentage.of("0E+1000%").fraction().signum()).isZero();
  }

  @Test
  void theWrittenFormSwitchesToScientificExactlyAtTheLengthLimit() {
    // plain "1" + 97 zeros + "%" is 99 characters (precision 1 + scale 97 + 2 = 100: the limit)
    assertThat(Percentage.of("1E+97%").toString()).isEqualTo("1" + "0".repeat(97) + "%");
    assertThat(Percentage.of("1E+98%").toString()).isEqualTo("1E+98%");
    // a mantissa of 94 digits: the scientific form is exactly 100 characters, still accepted
    String digits = "1." + "2".repeat(93);
    String scientific = digits + "E+200";
    assertThat(scientific).hasSize(100);
    assertThat(Percentage.of(scientific + "%").toString()).isEqualTo(scientific + "%");
  }

  @Test
  void ratesCompareByValue() {
    assertThat(Percentage.of("1%").compareTo(Percentage.of("2%"))).isNegative();
    assertThat(Percentage.of("2%").compareTo(Percentage.of("1%"))).isPositive();
    assertThat(Percentage.of("1.0%").compareTo(Percentage.of("1%"))).isZero();
  }
}
