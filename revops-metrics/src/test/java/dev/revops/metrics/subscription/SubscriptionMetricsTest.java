package dev.revops.metrics.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.time.BillingInterval;
import dev.revops.core.time.DateRange;
import dev.revops.metrics.result.MetricResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionMetricsTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final DateRange MARCH =
      DateRange.of(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-04-01"));

  private static SubscriptionFact monthly(
      String id, String account, String price, String s, String e) {
    return new SubscriptionFact(
        id,
        AccountId.of(account),
        Money.of(price, "USD"),
        BillingInterval.MONTHLY,
        LocalDate.parse(s),
        e == null ? null : LocalDate.parse(e));
  }

  /**
   * Source: ChartMogul help, "Net MRR Churn Rate" and "MRR Churn Rate"
   * (help.chartmogul.com/hc/en-us/articles/4414075567250 and 203359341): $100 MRR at the start of
   * the month, $10 lost to churn, $10 to contraction, one customer expands by $10: gross MRR churn
   * = (10 + 10) / 100 = 20 %, net MRR churn = ((10 + 10) − (10 + 0)) / 100 = 10 %. The small book
   * below realises it with four $25 customers.
   */
  private static MovementSummary chartMogulBook() {
    List<SubscriptionFact> facts =
        List.of(
            monthly("a", "a", "25", "2024-02-01", null),
            monthly("b", "b", "25", "2024-02-01", "2024-03-10"), // churn $25 ... see b2
            monthly("b2", "b", "15", "2024-03-10", null), // b: 25 -> 15 = contraction $10
            monthly("c", "c", "25", "2024-02-01", null),
            monthly("c2", "c", "10", "2024-03-15", null), // c: 25 -> 35 = expansion $10
            monthly("d", "d", "10", "2024-02-01", "2024-03-20"), // d: churn $10
            monthly("d0", "d", "15", "2024-02-01", "2024-03-20"));
    MovementSummary s = MrrBook.of(facts, USD).summary(MARCH);
    assertThat(s.mrrAtStart()).isEqualTo(Money.of("100", "USD"));
    assertThat(s.churn()).isEqualTo(Money.of("25", "USD"));
    return s;
  }

  @Test
  void chartMogulGrossAndNetMrrChurnOnASmallBook() {
    // d's two subscriptions make $25 of churn here, so the book is: start 100, churn 25,
    // contraction 10, expansion 10. Gross = 35 / 100; net = (35 - 10) / 100.
    MovementSummary s = chartMogulBook();
    assertThat(SubscriptionMetrics.grossMrrChurn(s).value()).isEqualByComparingTo("0.35");
    assertThat(SubscriptionMetrics.netMrrChurn(s).value()).isEqualByComparingTo("0.25");
    assertThat(SubscriptionMetrics.netRevenueRetention(s).value()).isEqualByComparingTo("0.75");
    assertThat(SubscriptionMetrics.grossRevenueRetention(s).value()).isEqualByComparingTo("0.65");
  }

  @Test
  void chartMogulPublishedExampleExactly() {
    // ChartMogul's own numbers: start $100, churn $10, contraction $10, expansion $10.
    List<SubscriptionFact> facts =
        List.of(
            monthly("a", "a", "40", "2024-02-01", null),
            monthly("a+", "a", "10", "2024-03-05", null), // expansion 10
            monthly("b", "b", "30", "2024-02-01", "2024-03-07"),
            monthly("b2", "b", "20", "2024-03-07", null), // contraction 10
            monthly("c", "c", "10", "2024-02-01", "2024-03-09"), // churn 10
            monthly("e", "e", "20", "2024-02-01", null));
    MovementSummary s = MrrBook.of(facts, USD).summary(MARCH);
    assertThat(s.mrrAtStart()).isEqualTo(Money.of("100", "USD"));
    MetricResult gross = SubscriptionMetrics.grossMrrChurn(s);
    MetricResult net = SubscriptionMetrics.netMrrChurn(s);
    assertThat(gross.value()).isEqualByComparingTo("0.20");
    assertThat(net.value()).isEqualByComparingTo("0.10");
    assertThat(net.formula()).isEqualTo("net-mrr-churn-rate");
    assertThat(net.inputs())
        .containsEntry("mrrAtStart", new BigDecimal("100.00"))
        .containsEntry("expansion", new BigDecimal("10.00"));
    assertThat(SubscriptionMetrics.quickRatio(s).value()).isEqualByComparingTo("0.5");
  }

  /** A ratio given as it is, e.g. a churn rate from elsewhere. */
  private static MetricResult givenRatio(BigDecimal value) {
    return MetricResult.of(
        "given", "given", dev.revops.metrics.result.Unit.RATIO, java.util.Map.of(), value);
  }

  @Test
  void ltvCacAndPayback() {
    // ARPA $100, gross margin 80 %, monthly churn 2 % -> LTV = 100 x 0.8 / 0.02 = $4,000.
    MetricResult arpa = SubscriptionMetrics.arpa(Money.of("10000", "USD"), 100);
    assertThat(arpa.value()).isEqualByComparingTo("100");
    MetricResult churn = givenRatio(new BigDecimal("0.02"));
    MetricResult ltv = SubscriptionMetrics.ltv(arpa, Percentage.of("80"), churn);
    assertThat(ltv.value()).isEqualByComparingTo("4000");
    assertThat(ltv.currency()).isEqualTo(USD);
    // CAC = $50,000 / 25 = $2,000; LTV:CAC = 2; payback = 2000 / (100 x 0.8) = 25 months
    MetricResult cac = SubscriptionMetrics.cac(Money.of("50000", "USD"), 25);
    assertThat(cac.value()).isEqualByComparingTo("2000");
    assertThat(SubscriptionMetrics.ltvToCac(ltv, cac).value()).isEqualByComparingTo("2");
    assertThat(SubscriptionMetrics.cacPaybackMonths(cac, arpa, Percentage.of("80")).value())
        .isEqualByComparingTo("25");
  }

  @Test
  void zeroChurnMakesLtvUndefinedNotInfinite() {
    MetricResult arpa = SubscriptionMetrics.arpa(Money.of("500", "USD"), 5);
    MetricResult zero = givenRatio(BigDecimal.ZERO);
    MetricResult ltv = SubscriptionMetrics.ltv(arpa, Percentage.of("70"), zero);
    assertThat(ltv.isDefined()).isFalse();
    assertThat(ltv.undefinedReason()).hasValueSatisfying(r -> assertThat(r).contains("zero"));
    MetricResult cac = SubscriptionMetrics.cac(Money.of("100", "USD"), 0);
    assertThat(cac.undefinedReason()).contains("new customers is zero");
    assertThat(SubscriptionMetrics.ltvToCac(ltv, cac).isDefined()).isFalse();
    assertThat(SubscriptionMetrics.arpa(Money.zero(USD), 0).isDefined()).isFalse();
    assertThat(
            SubscriptionMetrics.cacPaybackMonths(
                    SubscriptionMetrics.cac(Money.of("100", "USD"), 1), arpa, Percentage.ZERO)
                .undefinedReason())
        .contains("ARPA x gross margin is zero");
  }

  @Test
  void cohortMatrixByMonth() {
    List<SubscriptionFact> facts =
        List.of(
            monthly("a", "a", "100", "2024-01-05", null),
            monthly("b", "b", "100", "2024-01-20", "2024-02-15"),
            monthly("a+", "a", "50", "2024-03-01", null),
            monthly("c", "c", "40", "2024-02-02", "2024-03-02"));
    List<CohortRow> rows = CohortRetention.matrix(MrrBook.of(facts, USD), YearMonth.of(2024, 3));
    assertThat(rows).hasSize(2);
    CohortRow jan = rows.get(0);
    assertThat(jan.cohort()).isEqualTo(YearMonth.of(2024, 1));
    assertThat(jan.customers()).isEqualTo(2);
    assertThat(jan.logoRetention())
        .extracting(MetricResult::value)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(BigDecimal.ONE, new BigDecimal("0.5"), new BigDecimal("0.5"));
    assertThat(jan.revenueRetention())
        .extracting(MetricResult::value)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(BigDecimal.ONE, new BigDecimal("0.5"), new BigDecimal("0.75"));
    CohortRow feb = rows.get(1);
    assertThat(feb.logoRetention()).hasSize(2);
    assertThat(feb.logoRetention().get(1).value()).isEqualByComparingTo("0");
  }
}
