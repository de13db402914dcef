package dev.revops.sales.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/**
 * The normal quantile and CDF against reference values (Python's {@code
 * statistics.NormalDist().inv_cdf}, itself AS 241, and {@code 0.5 * math.erfc(-x / sqrt(2))}).
 */
class NormalTest {
  @Test
  void quantileMatchesReferenceValues() {
    assertThat(Normal.quantile(0.975)).isCloseTo(1.9599639845400536, within(1e-15));
    assertThat(Normal.quantile(0.8)).isCloseTo(0.8416212335729144, within(1e-15));
    assertThat(Normal.quantile(0.5)).isEqualTo(0.0);
    assertThat(Normal.quantile(1e-10)).isCloseTo(-6.361340902404056, within(1e-13));
    assertThat(Normal.quantile(0.02425)).isCloseTo(-1.9729610513118845, within(1e-14));
    assertThat(Normal.quantile(0.9999999)).isCloseTo(5.199337582290662, within(1e-13));
    assertThatThrownBy(() -> Normal.quantile(1.0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cdfMatchesReferenceValues() {
    assertThat(Normal.cdf(0)).isEqualTo(0.5);
    assertThat(Normal.cdf(-1.96)).isCloseTo(0.024997895148220428, within(1e-15));
    assertThat(Normal.cdf(1)).isCloseTo(0.8413447460685429, within(1e-15));
    assertThat(Normal.cdf(2.5)).isCloseTo(0.9937903346742238, within(1e-15));
    assertThat(Normal.cdf(-6)).isCloseTo(9.865876450377012e-10, within(1e-20));
    assertThat(Normal.cdf(-8.5) / 9.479534822203355e-18).isCloseTo(1.0, within(1e-9));
    assertThat(Normal.cdf(-9) / 1.1285884059538422e-19).isCloseTo(1.0, within(1e-9));
    assertThat(Normal.cdf(-20) / 2.7536241186063314e-89).isCloseTo(1.0, within(1e-9));
    assertThat(Normal.cdf(-40)).isZero();
    assertThat(Normal.cdf(40)).isEqualTo(1.0);
  }

  @Property(tries = 1000)
  void quantileInvertsTheCdf(
      @ForAll @DoubleRange(min = 1e-12, max = 0.999999) @Scale(15) double p) {
    assertThat(Normal.cdf(Normal.quantile(p))).isCloseTo(p, within(1e-13 + 1e-12 * p));
  }
}
