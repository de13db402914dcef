package dev.revops.metrics.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.money.Money;
import dev.revops.metrics.result.MetricResult;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The referral KPIs: a worked example, the undefined cases, and the bounds of the rate. */
class ReferralMetricsTest {
  @Test
  void aProgrammeOfFortyReferralsWithTenPaidCustomersAndTwoFiftyInCredits() {
    ReferralCounts c = new ReferralCounts(40, 3, 10, Money.of("250.00", "USD"));

    MetricResult rate = ReferralMetrics.conversionRate(c);
    MetricResult cost = ReferralMetrics.costPerReferredCustomer(c);

    assertThat(rate.valueIfDefined())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.25"));
    assertThat(rate.formula()).isEqualTo("referral-conversion-rate");
    assertThat(rate.inputs()).containsEntry("referrals", BigDecimal.valueOf(40));
    assertThat(cost.valueIfDefined())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("25"));
    assertThat(cost.currency().getCurrencyCode()).isEqualTo("USD");
    assertThat(ReferralMetrics.kpis(c)).containsExactly(rate, cost);
  }

  @Test
  void withoutReferralsOrConversionsTheKpisAreUndefinedAndSayWhy() {
    ReferralCounts none =
        new ReferralCounts(0, 0, 0, Money.zero(java.util.Currency.getInstance("USD")));
    assertThat(ReferralMetrics.conversionRate(none).valueIfDefined()).isEmpty();
    assertThat(ReferralMetrics.conversionRate(none).outcome().toString())
        .contains("referrals is zero");
    ReferralCounts unpaid =
        new ReferralCounts(5, 1, 0, Money.zero(java.util.Currency.getInstance("USD")));
    assertThat(ReferralMetrics.costPerReferredCustomer(unpaid).valueIfDefined()).isEmpty();
    assertThat(ReferralMetrics.costPerReferredCustomer(unpaid).outcome().toString())
        .contains("converted is zero");
  }

  @Test
  void inconsistentCountsAreRefusedByName() {
    assertThatThrownBy(() -> new ReferralCounts(5, 3, 3, Money.of("1", "USD")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exceed the referrals (5)");
    assertThatThrownBy(() -> new ReferralCounts(5, 0, 1, Money.of("-1", "USD")))
        .hasMessageContaining("rewards must not be negative");
  }

  @Property
  void theRateIsBetweenZeroAndOneAndTheCostTimesConvertedIsTheRewards(
      @ForAll @IntRange(min = 1, max = 10_000) int referrals,
      @ForAll @IntRange(min = 0, max = 10_000) int converted,
      @ForAll @IntRange(min = 0, max = 1_000_000) int rewardCents) {
    int c = Math.min(converted, referrals);
    ReferralCounts counts = new ReferralCounts(referrals, 0, c, Money.ofMinor(rewardCents, "USD"));
    BigDecimal rate = ReferralMetrics.conversionRate(counts).valueIfDefined().orElseThrow();
    assertThat(rate).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
    if (c > 0) {
      BigDecimal cost =
          ReferralMetrics.costPerReferredCustomer(counts).valueIfDefined().orElseThrow();
      assertThat(cost.multiply(BigDecimal.valueOf(c)).subtract(counts.rewards().amount()).abs())
          .isLessThan(new BigDecimal("0.000001"));
    }
  }
}
