package dev.revops.metrics.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.CurrencyMismatchException;
import dev.revops.core.money.Money;
import dev.revops.metrics.result.MetricResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A worked example. Five offers presented: one open (expected 9.00), two fulfilled (expected 6.00
 * and 4.00, margins 30.00 and 8.00), one accepted and pending (expected 3.00, margin 15.00), one
 * declined (expected 5.00, margin 30.00).
 *
 * <pre>
 * answered = 4, accepted = 3: acceptance rate = 3 / 4 = 0.75
 * expected = 6 + 4 + 3 + 5 = 18.00 (the open offer's 9.00 left out)
 * realised = 30 + 8 = 38.00; realised - expected = 20.00; realised / expected = 38 / 18 = 2.111...
 * </pre>
 */
class OfferMetricsTest {
  static final java.util.Currency USD = Money.currency("USD");

  static OfferFact fact(String id, OfferAnswer answer, String expected, String margin) {
    return new OfferFact(id, answer, Money.of(expected, "USD"), Money.of(margin, "USD"));
  }

  static final List<OfferFact> FACTS =
      List.of(
          fact("upgrade", OfferAnswer.OPEN, "9.00", "30.00"),
          fact("upgrade", OfferAnswer.FULFILLED, "6.00", "30.00"),
          fact("support", OfferAnswer.FULFILLED, "4.00", "8.00"),
          fact("analytics", OfferAnswer.ACCEPTED, "3.00", "15.00"),
          fact("upgrade", OfferAnswer.DECLINED, "5.00", "30.00"));

  @Test
  void theWorkedExample() {
    OfferKpis k = OfferMetrics.kpis(FACTS, USD);
    assertThat(k.acceptanceRate().value()).isEqualByComparingTo("0.75");
    assertThat(k.acceptanceRate().formula()).isEqualTo("offer-acceptance-rate");
    assertThat(k.acceptanceRate().expression()).isEqualTo("accepted / answered");
    assertThat(k.expectedValue().value()).isEqualByComparingTo("18.00");
    assertThat(k.realisedValue().value()).isEqualByComparingTo("38.00");
    assertThat(k.realisedMinusExpected().value()).isEqualByComparingTo("20.00");
    assertThat(k.realisationRatio().value())
        .isEqualByComparingTo(
            MetricResult.divide(new BigDecimal("38.00"), new BigDecimal("18.00")));
    assertThat(k.acceptanceRate().inputs())
        .containsEntry("presented", BigDecimal.valueOf(5))
        .containsEntry("answered", BigDecimal.valueOf(4))
        .containsEntry("accepted", BigDecimal.valueOf(3))
        .containsEntry("fulfilled", BigDecimal.valueOf(2));
    assertThat(k.expectedValue().currency()).isEqualTo(USD);
    assertThat(k.all()).hasSize(5).allMatch(MetricResult::isDefined);
  }

  @Test
  void withNothingAnsweredTheRatesAreUndefinedWithTheirReason() {
    OfferKpis k =
        OfferMetrics.kpis(List.of(fact("upgrade", OfferAnswer.OPEN, "9.00", "30.00")), USD);
    assertThat(k.acceptanceRate().isDefined()).isFalse();
    assertThat(k.acceptanceRate().undefinedReason()).contains("no offer is answered yet");
    assertThat(k.realisationRatio().undefinedReason()).contains("no offer is answered yet");
    assertThat(k.expectedValue().value()).isEqualByComparingTo("0");
    OfferKpis none = OfferMetrics.kpis(List.of(), USD);
    assertThat(none.acceptanceRate().isDefined()).isFalse();
  }

  @Test
  void aZeroExpectationLeavesTheRatioUndefined() {
    OfferKpis k =
        OfferMetrics.kpis(List.of(fact("free", OfferAnswer.FULFILLED, "0.00", "0.00")), USD);
    assertThat(k.acceptanceRate().value()).isEqualByComparingTo("1");
    assertThat(k.realisationRatio().undefinedReason()).contains("expected value is zero");
  }

  @Test
  void perOfferAndOneCurrency() {
    Map<String, OfferKpis> by = OfferMetrics.byOffer(FACTS, USD);
    assertThat(by).containsOnlyKeys("analytics", "support", "upgrade");
    assertThat(by.get("upgrade").acceptanceRate().value()).isEqualByComparingTo("0.5");
    assertThat(by.get("analytics").realisedValue().value()).isEqualByComparingTo("0");
    assertThatThrownBy(
            () ->
                OfferMetrics.kpis(
                    List.of(
                        new OfferFact(
                            "x", OfferAnswer.DECLINED, Money.of("1", "EUR"), Money.of("1", "EUR"))),
                    USD))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(
            () ->
                new OfferFact(
                    "x", OfferAnswer.DECLINED, Money.of("1", "EUR"), Money.of("1", "USD")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
