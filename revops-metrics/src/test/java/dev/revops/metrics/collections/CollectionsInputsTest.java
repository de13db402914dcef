package dev.revops.metrics.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.CurrencyMismatchException;
import dev.revops.core.money.Money;
import dev.revops.core.receivable.AgingBuckets;
import dev.revops.metrics.result.MetricResult;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the collections calculators refuse: amounts in two currencies, a period of no days, a bucket
 * index out of range; and what they show of their inputs. Written against the mutants PIT left
 * alive (the checks could be removed without a failing test).
 */
class CollectionsInputsTest {
  private static final Money USD_100 = Money.of("100", "USD");
  private static final Money EUR_100 = Money.of("100", "EUR");

  @Test
  void dsoAndBestPossibleDsoRefuseTwoCurrenciesAndNoDays() {
    assertThatThrownBy(() -> CollectionsMetrics.dso(USD_100, EUR_100, 30))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> CollectionsMetrics.dso(USD_100, USD_100, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("daysInPeriod must be > 0, got 0");
    assertThat(CollectionsMetrics.dso(USD_100, USD_100, 1).value()).isEqualByComparingTo("1");
    assertThatThrownBy(() -> CollectionsMetrics.bestPossibleDso(USD_100, EUR_100, 30))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> CollectionsMetrics.bestPossibleDso(USD_100, USD_100, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("daysInPeriod must be > 0, got 0");
  }

  @Test
  void ceiRefusesEachAmountInAnotherCurrencyAndNoMonths() {
    Money z = Money.zero(USD_100.currency());
    assertThatThrownBy(() -> CollectionsMetrics.cei(USD_100, EUR_100, 1, z, z))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> CollectionsMetrics.cei(USD_100, USD_100, 1, EUR_100, z))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> CollectionsMetrics.cei(USD_100, USD_100, 1, USD_100, EUR_100))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> CollectionsMetrics.cei(USD_100, USD_100, 0, z, z))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("months must be > 0, got 0");
    assertThat(CollectionsMetrics.cei(USD_100, USD_100, 1, z, z).isDefined()).isTrue();
  }

  @Test
  void countbackDsoAndWriteOffRatioRefuseAnotherCurrency() {
    assertThatThrownBy(
            () ->
                CollectionsMetrics.countbackDso(
                    USD_100, List.of(new MonthlySales(YearMonth.of(2026, 3), EUR_100))))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(
            () -> CollectionsMetrics.writeOffRatio(USD_100, EUR_100, WriteOffBasis.CREDIT_SALES))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void averageDaysDelinquentShowsBothInputs() {
    MetricResult dso = CollectionsMetrics.dso(Money.of("300", "USD"), USD_100, 30);
    MetricResult best = CollectionsMetrics.bestPossibleDso(USD_100, USD_100, 30);
    MetricResult add = CollectionsMetrics.averageDaysDelinquent(dso, best);
    assertThat(add.inputs()).containsKeys("dso", "bestPossibleDso");
    assertThat(add.inputs().get("dso")).isEqualByComparingTo(dso.value());
    assertThat(add.inputs().get("bestPossibleDso")).isEqualByComparingTo(best.value());
    assertThat(add.value()).isEqualByComparingTo(dso.value().subtract(best.value()));
  }

  @Test
  void rollRatesRefuseABucketIndexOutOfRangeAndNameTheBucket() {
    RollRates rates = AgingFixtures.oneOfTwoPaidInMay();
    int n = AgingBuckets.standard().buckets().size();
    for (int bad : new int[] {-1, n}) {
      assertThatThrownBy(() -> rates.cure(bad))
          .hasMessage("bucket index " + bad + " is out of range");
      assertThatThrownBy(() -> rates.stay(bad))
          .hasMessage("bucket index " + bad + " is out of range");
      assertThatThrownBy(() -> rates.closed(bad))
          .hasMessage("bucket index " + bad + " is out of range");
      assertThatThrownBy(() -> rates.aggregate(bad))
          .hasMessage("bucket index " + bad + " is out of range");
      assertThatThrownBy(() -> rates.rollForward(bad))
          .hasMessage("bucket index " + bad + " is out of range");
    }
    assertThatThrownBy(() -> rates.aggregate(n - 1))
        .as("the last bucket has no next one to roll into")
        .hasMessage("bucket index " + (n - 1) + " is out of range");
    String last = AgingBuckets.standard().buckets().get(n - 1).name();
    assertThat(rates.stay(n - 1).toString()).as("the last bucket can stay").contains(last);
    String second = AgingBuckets.standard().buckets().get(1).name();
    assertThat(rates.rollForward(1).toString()).contains(second);
  }
}
