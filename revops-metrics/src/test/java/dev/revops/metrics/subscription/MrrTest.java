package dev.revops.metrics.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.money.Money;
import dev.revops.core.time.BillingInterval;
import dev.revops.core.time.IntervalUnit;
import org.junit.jupiter.api.Test;

class MrrTest {

  @Test
  void yearlyPlanOfTwoThousandDollarsIsOneHundredSixtySixSixtySeven() {
    // Source: ChartMogul help, "MRR movements" (help.chartmogul.com/hc/en-us/articles/201244842):
    // four Gold yearly plans billed $2,000 are New Business of $166.67 ($2,000 / 12).
    // 200000 cents / 12 = 16666.67 cents, rounded half-up to 16667 cents.
    Money mrr = Mrr.normalise(Money.of("2000", "USD"), BillingInterval.YEARLY);
    assertThat(mrr).isEqualTo(Money.of("166.67", "USD"));
    assertThat(Mrr.arr(mrr)).isEqualTo(Money.of("2000.04", "USD"));
  }

  @Test
  void everyIntervalNormalisesToAMonth() {
    Money price = Money.of("120", "USD");
    assertThat(Mrr.normalise(price, BillingInterval.MONTHLY)).isEqualTo(price);
    assertThat(Mrr.normalise(price, BillingInterval.QUARTERLY)).isEqualTo(Money.of("40", "USD"));
    assertThat(Mrr.normalise(price, BillingInterval.every(2, IntervalUnit.YEAR)))
        .isEqualTo(Money.of("5", "USD"));
    // a week: 120 x 365 / 84 = 521.428... -> 521.43
    assertThat(Mrr.normalise(price, BillingInterval.WEEKLY)).isEqualTo(Money.of("521.43", "USD"));
    // every 2 weeks: 120 x 365 / 168 = 260.714... -> 260.71
    assertThat(Mrr.normalise(price, BillingInterval.every(2, IntervalUnit.WEEK)))
        .isEqualTo(Money.of("260.71", "USD"));
    // a day: 1 x 365 / 12 = 30.4166... -> 30.42
    assertThat(Mrr.normalise(Money.of("1", "USD"), BillingInterval.DAILY))
        .isEqualTo(Money.of("30.42", "USD"));
    // yen has no minor unit: 10000 / 12 = 833.33 -> 833
    assertThat(Mrr.normalise(Money.of("10000", "JPY"), BillingInterval.YEARLY))
        .isEqualTo(Money.of("833", "JPY"));
  }

  @Test
  void rejectsUnsupportedIntervals() {
    assertThatThrownBy(() -> BillingInterval.every(0, IntervalUnit.MONTH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count");
    assertThatThrownBy(() -> BillingInterval.every(1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("unit");
  }
}
