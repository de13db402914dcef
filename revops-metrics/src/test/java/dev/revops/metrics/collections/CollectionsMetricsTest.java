package dev.revops.metrics.collections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.money.Money;
import dev.revops.metrics.result.MetricResult;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectionsMetricsTest {

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  /**
   * Countback DSO, worked by hand (method of the Credit Research Foundation):
   *
   * <pre>
   * ending AR at 2024-03-31: 350,000
   * month     credit sales  days  AR left before  step
   * 2024-03   150,000       31    350,000         350,000 > 150,000: subtract, +31 -> 200,000
   * 2024-02   120,000       29    200,000         200,000 > 120,000: subtract, +29 -> 80,000
   * 2024-01   100,000       31     80,000          80,000 <= 100,000: +80,000/100,000 x 31 = 24.8
   * countback DSO = 31 + 29 + 24.8 = 84.8 days
   * </pre>
   */
  @Test
  void countbackDsoOnAWorkedTable() {
    List<MonthlySales> months =
        List.of(
            new MonthlySales(YearMonth.of(2024, 3), usd("150000")),
            new MonthlySales(YearMonth.of(2024, 2), usd("120000")),
            new MonthlySales(YearMonth.of(2024, 1), usd("100000")));
    MetricResult dso = CollectionsMetrics.countbackDso(usd("350000"), months);
    assertThat(dso.value()).isEqualByComparingTo("84.8");
    assertThat(dso.formula()).isEqualTo("dso/countback");
    assertThat(dso.inputs()).containsKey("creditSales[2024-02]");

    // the standard DSO of the same quarter: 350,000 / 370,000 x 91 = 86.081081...
    MetricResult standard = CollectionsMetrics.dso(usd("350000"), usd("370000"), 91);
    assertThat(standard.value()).isEqualByComparingTo("86.08108108108108");
    // best possible with 200,000 current: 200,000 / 370,000 x 91 = 49.189189...
    MetricResult best = CollectionsMetrics.bestPossibleDso(usd("200000"), usd("370000"), 91);
    assertThat(best.value()).isEqualByComparingTo("49.18918918918919");
    assertThat(CollectionsMetrics.averageDaysDelinquent(standard, best).value())
        .isEqualByComparingTo("36.89189189189189");
  }

  @Test
  void countbackIsUndefinedWhenTheMonthsDoNotAbsorbTheReceivables() {
    MetricResult dso =
        CollectionsMetrics.countbackDso(
            usd("500"), List.of(new MonthlySales(YearMonth.of(2024, 3), usd("100"))));
    assertThat(dso.isDefined()).isFalse();
    assertThat(dso.undefinedReason()).hasValueSatisfying(r -> assertThat(r).contains("exceeds"));
    assertThat(CollectionsMetrics.countbackDso(usd("0"), List.of()).value())
        .isEqualByComparingTo("0");
    assertThat(CollectionsMetrics.dso(usd("10"), usd("0"), 30).undefinedReason())
        .contains("credit sales is zero");
  }

  /**
   * CEI, worked by hand (Credit Research Foundation formula):
   *
   * <pre>
   * quarter (N = 3): beginning AR 400,000; credit sales 600,000 (600,000 / 3 = 200,000)
   *                  ending total AR 420,000; ending current AR 250,000
   * numerator   = 400,000 + 200,000 - 420,000 = 180,000
   * denominator = 400,000 + 200,000 - 250,000 = 350,000
   * CEI = 180,000 / 350,000 x 100 = 51.428571...%
   *
   * one month (N = 1): beginning 100,000; sales 50,000; ending total 90,000; current 40,000
   * CEI = (150,000 - 90,000) / (150,000 - 40,000) x 100 = 60 / 110 x 100 = 54.5454...%
   * </pre>
   */
  @Test
  void ceiOnAWorkedTable() {
    MetricResult quarter =
        CollectionsMetrics.cei(usd("400000"), usd("600000"), 3, usd("420000"), usd("250000"));
    assertThat(quarter.value()).isEqualByComparingTo("51.42857142857143");
    MetricResult month =
        CollectionsMetrics.cei(usd("100000"), usd("50000"), 1, usd("90000"), usd("40000"));
    assertThat(month.value()).isEqualByComparingTo("54.54545454545455");
    assertThat(month.unit()).isEqualTo(dev.revops.metrics.result.Unit.PERCENT);
    // everything collected: ending total = ending current -> 100 %
    assertThat(CollectionsMetrics.cei(usd("100"), usd("50"), 1, usd("30"), usd("30")).value())
        .isEqualByComparingTo("100");
  }

  @Test
  void writeOffRatioNamesItsBase() {
    MetricResult r =
        CollectionsMetrics.writeOffRatio(usd("5000"), usd("200000"), WriteOffBasis.CREDIT_SALES);
    assertThat(r.value()).isEqualByComparingTo("0.025");
    assertThat(r.formula()).isEqualTo("write-off-ratio/credit-sales");
    assertThat(r.inputs()).containsKey("creditSales");
    assertThat(
            CollectionsMetrics.writeOffRatio(usd("1"), usd("0"), WriteOffBasis.AVERAGE_RECEIVABLES)
                .isDefined())
        .isFalse();
  }

  @Test
  void writeOffBasesAreNamedInWordsAndAsInputs() {
    assertThat(WriteOffBasis.CREDIT_SALES.description()).isEqualTo("credit sales");
    assertThat(WriteOffBasis.CREDIT_SALES.inputName()).isEqualTo("creditSales");
    assertThat(WriteOffBasis.AVERAGE_RECEIVABLES.description()).isEqualTo("average receivables");
    assertThat(WriteOffBasis.AVERAGE_RECEIVABLES.inputName()).isEqualTo("averageReceivables");
  }
}
