package dev.revops.metrics.offer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Offer KPIs over random facts, against counts made here. */
class OfferMetricsProperties {
  @Provide
  Arbitrary<List<OfferFact>> facts() {
    return Combinators.combine(
            Arbitraries.of("a", "b", "c"),
            Arbitraries.of(OfferAnswer.values()),
            Arbitraries.longs().between(0, 100_000),
            Arbitraries.longs().between(0, 100_000))
        .as(
            (id, answer, ev, margin) ->
                new OfferFact(id, answer, Money.ofMinor(ev, "USD"), Money.ofMinor(margin, "USD")))
        .list()
        .ofMaxSize(50);
  }

  @Property(tries = 1000)
  void theKpisMatchACountAndTheRateIsAProportion(@ForAll("facts") List<OfferFact> facts) {
    OfferKpis k = OfferMetrics.kpis(facts, Money.currency("USD"));
    long answered = facts.stream().filter(f -> f.answer() != OfferAnswer.OPEN).count();
    long accepted =
        facts.stream()
            .filter(f -> f.answer() == OfferAnswer.ACCEPTED || f.answer() == OfferAnswer.FULFILLED)
            .count();
    long realised =
        facts.stream()
            .filter(f -> f.answer() == OfferAnswer.FULFILLED)
            .mapToLong(f -> f.margin().minor())
            .sum();
    long expected =
        facts.stream()
            .filter(f -> f.answer() != OfferAnswer.OPEN)
            .mapToLong(f -> f.expectedValue().minor())
            .sum();
    assertThat(k.acceptanceRate().isDefined()).isEqualTo(answered > 0);
    if (answered > 0) {
      assertThat(k.acceptanceRate().value()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
      assertThat(k.acceptanceRate().value().multiply(BigDecimal.valueOf(answered)))
          .isCloseTo(
              BigDecimal.valueOf(accepted),
              org.assertj.core.data.Offset.offset(new BigDecimal("1e-12")));
    }
    assertThat(k.realisedValue().value()).isEqualByComparingTo(BigDecimal.valueOf(realised, 2));
    assertThat(k.expectedValue().value()).isEqualByComparingTo(BigDecimal.valueOf(expected, 2));
    assertThat(k.realisedMinusExpected().value())
        .isEqualByComparingTo(BigDecimal.valueOf(realised - expected, 2));
    assertThat(k.realisationRatio().isDefined()).isEqualTo(expected > 0);
  }
}
