package dev.revops.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class PercentageTest {
  @Test
  void parsesPercentWithOrWithoutSign() {
    assertThat(Percentage.of("12.5%")).isEqualTo(Percentage.ofFraction(new BigDecimal("0.125")));
    assertThat(Percentage.of("20")).isEqualTo(Percentage.ofPercent(20));
    assertThat(Percentage.of("20.00")).isEqualTo(Percentage.of("20"));
    assertThat(Percentage.of("12.5").toString()).isEqualTo("12.5%");
    assertThat(Percentage.of("12.5").percent()).isEqualByComparingTo("12.5");
  }

  @Test
  void rejectsNegativesAndJunk() {
    assertThatThrownBy(() -> Percentage.of("-1")).hasMessageContaining("cannot be negative");
    assertThatThrownBy(() -> Percentage.of("abc")).hasMessageContaining("'abc' is not a number");
    assertThatThrownBy(() -> Percentage.probability(new BigDecimal("1.2")))
        .hasMessageContaining("between 0 and 1");
  }

  @Test
  void appliesToMoneyWithExplicitRounding() {
    Money base = Money.of("19.99", "EUR");
    assertThat(Percentage.of("19").of(base, RoundingMode.HALF_UP))
        .isEqualTo(Money.of("3.80", "EUR"));
    assertThat(Percentage.of("25").complement()).isEqualTo(Percentage.of("75"));
    assertThat(Percentage.ratio(1, 3).fraction()).isEqualByComparingTo("0.3333333333333333");
    assertThat(Percentage.HUNDRED.isAtMostHundred()).isTrue();
    assertThat(Percentage.of("150").isAtMostHundred()).isFalse();
  }
}
