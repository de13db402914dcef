package dev.revops.metrics.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricResultTest {

  @Test
  void zeroDenominatorIsAnExplicitUndefinedNeverInfinity() {
    Map<String, BigDecimal> in = new LinkedHashMap<>();
    in.put("lost", BigDecimal.TEN);
    in.put("mrrAtStart", BigDecimal.ZERO);
    MetricResult r =
        MetricResult.ratio(
            "x",
            "lost / MRR at start",
            Unit.RATIO,
            in,
            BigDecimal.TEN,
            BigDecimal.ZERO,
            BigDecimal.ONE,
            "MRR at start");
    assertThat(r.isDefined()).isFalse();
    assertThat(r.outcome()).isEqualTo(new Outcome.Undefined("MRR at start is zero"));
    assertThat(r.valueIfDefined()).isEmpty();
    assertThat(r.rounded(2, RoundingMode.HALF_UP)).isEmpty();
    assertThatThrownBy(r::value)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MRR at start is zero");
    assertThat(r.toString())
        .isEqualTo("x = undefined (MRR at start is zero) {lost=10, mrrAtStart=0}");
  }

  @Test
  void definedResultsKeepTheirInputsInOrderAndUnmodifiable() {
    Map<String, BigDecimal> in = new LinkedHashMap<>();
    in.put("b", BigDecimal.ONE);
    in.put("a", new BigDecimal("3"));
    MetricResult r =
        MetricResult.ratio(
            "third",
            "b / a",
            Unit.RATIO,
            in,
            BigDecimal.ONE,
            new BigDecimal("3"),
            BigDecimal.ONE,
            "a");
    in.put("c", BigDecimal.ZERO);
    assertThat(r.inputs().keySet()).containsExactly("b", "a");
    assertThatThrownBy(() -> r.inputs().put("d", BigDecimal.ONE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(r.value()).isEqualByComparingTo("0.3333333333333333");
    assertThat(r.rounded(2, RoundingMode.HALF_UP)).contains(new BigDecimal("0.33"));
  }

  @Test
  void amountsCarryTheirCurrencyAndOnlyAmountsDo() {
    Currency usd = Currency.getInstance("USD");
    MetricResult r =
        MetricResult.amount("arpa", "MRR / customers", usd, Map.of(), BigDecimal.TEN, null);
    assertThat(r.currency()).isEqualTo(usd);
    assertThat(r.toString()).isEqualTo("arpa = 10 USD {}");
    assertThatThrownBy(
            () ->
                new MetricResult(
                    "x", "x", Unit.RATIO, usd, Map.of(), new Outcome.Value(BigDecimal.ONE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("currency");
    assertThatThrownBy(() -> new Outcome.Undefined(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
