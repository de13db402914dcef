package dev.revops.metrics.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.LeadId;
import dev.revops.metrics.result.MetricResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SalesProperties {
  private static final List<String> FUNNEL = List.of("lead", "mql", "sql", "opportunity", "won");

  @Property(tries = 1000)
  void funnelRatesStayWithinBoundsAndConversionPlusDropOffIsOne(
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 4) Integer> furthest,
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 3) Integer> sources) {
    List<LeadFact> leads = new ArrayList<>();
    for (int i = 0; i < furthest.size(); i++) {
      int stage = furthest.get(i);
      LocalDate created = LocalDate.of(2024, 1, 1).plusDays(i);
      leads.add(
          new LeadFact(
              LeadId.of("l" + i),
              "src" + (i < sources.size() ? sources.get(i) : 0),
              created,
              FUNNEL.get(stage),
              stage == 4 ? created.plusDays(i % 7) : null));
    }
    for (FunnelStep step : SalesMetrics.funnel(FUNNEL, leads)) {
      assertThat(step.reachedTo()).isLessThanOrEqualTo(step.reachedFrom());
      assertThat(step.conversion().isDefined()).isEqualTo(step.reachedFrom() > 0);
      if (step.conversion().isDefined()) {
        assertThat(step.conversion().value()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        BigDecimal sum = step.conversion().value().add(step.dropOff().value());
        assertThat(sum.subtract(BigDecimal.ONE).abs()).isLessThan(new BigDecimal("1e-15"));
      }
    }
    MetricResult overall = SalesMetrics.conversionRate(leads);
    assertThat(overall.isDefined()).isEqualTo(!leads.isEmpty());
    overall
        .valueIfDefined()
        .ifPresent(v -> assertThat(v).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
    for (MetricResult r : SalesMetrics.conversionRateBySource(leads).values()) {
      assertThat(r.value()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
    }
  }
}
