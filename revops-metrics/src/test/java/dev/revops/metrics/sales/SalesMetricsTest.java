package dev.revops.metrics.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.LeadId;
import dev.revops.core.id.OpportunityId;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.pipeline.OpportunityStatus;
import dev.revops.metrics.result.MetricResult;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SalesMetricsTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final List<String> FUNNEL = List.of("lead", "mql", "sql", "customer");

  private static LeadFact lead(
      String id, String source, String stage, String created, String conv) {
    return new LeadFact(
        LeadId.of(id),
        source,
        LocalDate.parse(created),
        stage,
        conv == null ? null : LocalDate.parse(conv));
  }

  private static final List<LeadFact> LEADS =
      List.of(
          lead("1", "referral", "customer", "2024-01-01", "2024-01-21"),
          lead("2", "referral", "sql", "2024-01-02", null),
          lead("3", "web", "customer", "2024-01-03", "2024-02-12"),
          lead("4", "web", "mql", "2024-01-04", null),
          lead("5", "web", "lead", "2024-01-05", null));

  @Test
  void conversionOverallPerSourceAndPerStage() {
    assertThat(SalesMetrics.conversionRate(LEADS).value()).isEqualByComparingTo("0.4");
    Map<String, MetricResult> bySource = SalesMetrics.conversionRateBySource(LEADS);
    assertThat(bySource.get("referral").value()).isEqualByComparingTo("0.5");
    assertThat(bySource.get("web").value()).isEqualByComparingTo("0.3333333333333333");

    // reached: lead 5, mql 4, sql 3, customer 2
    List<FunnelStep> steps = SalesMetrics.funnel(FUNNEL, LEADS);
    assertThat(steps).extracting(FunnelStep::reachedFrom).containsExactly(5L, 4L, 3L);
    assertThat(steps.get(0).conversion().value()).isEqualByComparingTo("0.8");
    assertThat(steps.get(0).dropOff().value()).isEqualByComparingTo("0.2");
    assertThat(steps.get(2).conversion().value()).isEqualByComparingTo("0.6666666666666667");
    // (20 + 40) / 2 = 30 days
    assertThat(SalesMetrics.leadToCustomerTime(LEADS).value()).isEqualByComparingTo("30");
  }

  private static OpportunityFact opp(
      String id, String amount, String pct, String created, OpportunityStatus s, String closed) {
    return new OpportunityFact(
        OpportunityId.of(id),
        Money.of(amount, "USD"),
        Percentage.of(pct),
        LocalDate.parse(created),
        s,
        closed == null ? null : LocalDate.parse(closed));
  }

  @Test
  void winRateDealSizeCycleVelocityAndPipeline() {
    List<OpportunityFact> opps =
        List.of(
            opp("w1", "10000", "100", "2024-01-01", OpportunityStatus.WON, "2024-01-31"),
            opp("w2", "20000", "100", "2024-01-01", OpportunityStatus.WON, "2024-03-01"),
            opp("l1", "5000", "0", "2024-01-01", OpportunityStatus.LOST, "2024-01-15"),
            opp("o1", "40000", "25", "2024-02-01", OpportunityStatus.OPEN, null),
            opp("o2", "10000", "50", "2024-02-01", OpportunityStatus.OPEN, null));
    assertThat(SalesMetrics.winRate(opps).value()).isEqualByComparingTo("0.6666666666666667");
    assertThat(SalesMetrics.averageDealSize(opps, USD).value()).isEqualByComparingTo("15000");
    // (30 + 60) / 2 = 45 days
    assertThat(SalesMetrics.salesCycleLength(opps).value()).isEqualByComparingTo("45");
    // 2 open x 15,000 x 2/3 / 45 = 444.44... per day (the win rate carries 16 digits)
    assertThat(SalesMetrics.salesVelocity(opps, USD).value())
        .isCloseTo(
            new java.math.BigDecimal("444.4444444444444"),
            org.assertj.core.data.Offset.offset(new java.math.BigDecimal("1e-12")));
    // 40,000 x 25 % + 10,000 x 50 % = 15,000
    assertThat(SalesMetrics.weightedPipeline(opps, USD).value()).isEqualByComparingTo("15000");
    assertThat(SalesMetrics.pipelineCoverage(opps, Money.of("20000", "USD"), true).value())
        .isEqualByComparingTo("0.75");
    assertThat(SalesMetrics.pipelineCoverage(opps, Money.of("20000", "USD"), false).value())
        .isEqualByComparingTo("2.5");
    assertThat(SalesMetrics.pipelineCoverage(opps, Money.zero(USD), false).isDefined()).isFalse();
  }

  @Test
  void growthAndUndefinedCases() {
    assertThat(
            SalesMetrics.revenueGrowthRate(Money.of("120", "USD"), Money.of("100", "USD")).value())
        .isEqualByComparingTo("0.2");
    assertThat(
            SalesMetrics.revenueGrowthRate(Money.of("80", "USD"), Money.of("100", "USD")).value())
        .isEqualByComparingTo("-0.2");
    assertThat(
            SalesMetrics.revenueGrowthRate(Money.of("80", "USD"), Money.zero(USD))
                .undefinedReason())
        .contains("previous revenue is zero");
    assertThat(SalesMetrics.winRate(List.of()).isDefined()).isFalse();
    assertThat(SalesMetrics.salesVelocity(List.of(), USD).isDefined()).isFalse();
    assertThat(SalesMetrics.conversionRate(List.of()).isDefined()).isFalse();
  }
}
