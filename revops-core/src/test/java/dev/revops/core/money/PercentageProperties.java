package dev.revops.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class PercentageProperties {
  @Property(tries = 1000)
  void textIsTheValueInPercentWithoutTrailingZeros(
      @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long unscaled,
      @ForAll @IntRange(min = -6, max = 20) int scale) {
    BigDecimal fraction = BigDecimal.valueOf(unscaled, scale);
    String text = new Percentage(fraction).toString();
    String percent =
        fraction.signum() == 0
            ? "0"
            : fraction.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString();
    assertThat(text).isEqualTo(percent + "%");
    assertThat(Percentage.of(text).fraction()).isEqualByComparingTo(fraction);
  }
}
