package dev.revops.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.CurrencyMismatchException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The signs, comparisons and currency checks of {@link Money}, against plain long arithmetic. */
class MoneyComparisonProperties {
  @Property(tries = 1000)
  void signsAndComparisonsAgreeWithTheMinorUnits(
      @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long a,
      @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long b) {
    Money x = Money.ofMinor(a, "USD");
    Money y = Money.ofMinor(b, "USD");
    assertThat(x.isZero()).isEqualTo(a == 0);
    assertThat(x.isNegative()).isEqualTo(a < 0);
    assertThat(x.isPositive()).isEqualTo(a > 0);
    assertThat(x.signum()).isEqualTo(Long.signum(a));
    assertThat(x.isGreaterThan(y)).isEqualTo(a > b);
    assertThat(x.isLessThan(y)).isEqualTo(a < b);
    assertThat(x.min(y).minor()).isEqualTo(Math.min(a, b));
    assertThat(x.max(y).minor()).isEqualTo(Math.max(a, b));
    assertThat(x.minus(y).minor()).isEqualTo(a - b);
    assertThat(x.plus(y).minor()).isEqualTo(a + b);
    assertThat(x.abs().minor()).isEqualTo(Math.abs(a));
    assertThat(x.negate().minor()).isEqualTo(-a);
    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Long.compare(a, b));
  }

  @Test
  void everyTwoAmountOperationRefusesAnotherCurrency() {
    Money usd = Money.of("1.00", "USD");
    Money eur = Money.of("1.00", "EUR");
    assertThatThrownBy(() -> usd.minus(eur)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> usd.plus(eur)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> usd.isGreaterThan(eur)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> usd.isLessThan(eur)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> usd.min(eur)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> usd.max(eur)).isInstanceOf(CurrencyMismatchException.class);
    assertThat(usd.isSameCurrency(eur)).isFalse();
    assertThat(usd.isSameCurrency(Money.zero("USD"))).isTrue();
  }

  @Test
  void overflowIsAnErrorNeverAWrappedAmount() {
    Money max = Money.ofMinor(Long.MAX_VALUE, "USD");
    Money min = Money.ofMinor(Long.MIN_VALUE, "USD");
    Money one = Money.ofMinor(1, "USD");
    assertThatThrownBy(() -> max.plus(one)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> min.minus(one)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(min::negate).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(min::abs).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
  }
}
