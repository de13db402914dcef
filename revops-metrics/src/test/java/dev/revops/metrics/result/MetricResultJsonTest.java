package dev.revops.metrics.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.json.RevOpsJson;
import dev.revops.core.money.Money;
import dev.revops.metrics.collections.CollectionsMetrics;
import dev.revops.metrics.projection.MetricsProjection;
import dev.revops.metrics.projection.PeriodReport;
import dev.revops.metrics.projection.ProjectionConfig;
import dev.revops.metrics.subscription.SubscriptionMetrics;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report can ship its figures, and how they were computed, as JSON. */
class MetricResultJsonTest {
  private final ObjectMapper mapper = RevOpsJson.mapper();

  @Test
  void resultsSerialiseWithFormulaInputsAndOutcome() throws Exception {
    MetricResult dso = CollectionsMetrics.dso(Money.of("600", "USD"), Money.of("1000", "USD"), 30);
    JsonNode json = mapper.readTree(mapper.writeValueAsString(dso));
    assertThat(json.get("formula").asText()).isEqualTo("dso/standard");
    assertThat(json.get("unit").asText()).isEqualTo("DAYS");
    assertThat(json.get("inputs").get("creditSales").decimalValue()).isEqualByComparingTo("1000");
    assertThat(json.get("outcome").get("number").decimalValue()).isEqualByComparingTo("18");

    MetricResult undefined = SubscriptionMetrics.arpa(Money.zero("USD"), 0);
    JsonNode u = mapper.readTree(mapper.writeValueAsString(undefined));
    assertThat(u.get("outcome").get("reason").asText()).isEqualTo("customers is zero");
    assertThat(u.get("currency").asText()).isEqualTo("USD");
  }

  @Test
  void periodReportsSerialise() throws Exception {
    MetricsProjection p =
        new MetricsProjection(
            new ProjectionConfig(Currency.getInstance("USD"), 0, List.of("lead", "customer")));
    p.advanceTo(LocalDate.of(2024, 2, 1));
    PeriodReport report =
        p.report(
            dev.revops.core.time.DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1)));
    JsonNode json = mapper.readTree(mapper.writeValueAsString(report));
    assertThat(json.get("movementCounts").get("CHURN").asLong()).isZero();
    assertThat(json.has("mrr")).isTrue();
  }
}
