package dev.revops.metrics.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.money.Money;
import dev.revops.metrics.result.MetricResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Funnel rates and incrementality on worked numbers. */
class CampaignMetricsTest {
  private static final CampaignKey OFFER_A = new CampaignKey("xsell-q4", "offer-a");

  /**
   * 10,000 sent, 9,800 delivered, 200 bounced, 2,450 opened, 490 clicked, 98 converted, 49
   * unsubscribed: delivery 0.98, bounce 0.02, open 0.25, click-through 0.05, click-to-open 0.2,
   * conversion 0.01, unsubscribe 0.005.
   */
  @Test
  void funnelRatesOfAVariant() {
    CampaignFunnel f =
        CampaignMetrics.funnel(OFFER_A, new CampaignCounts(10_000, 9_800, 200, 2_450, 490, 98, 49));
    assertThat(f.rates())
        .extracting(MetricResult::formula)
        .containsExactly(
            "delivery-rate",
            "bounce-rate",
            "open-rate",
            "click-through-rate",
            "click-to-open-rate",
            "conversion-rate",
            "unsubscribe-rate");
    assertThat(f.rate("delivery-rate").value()).isEqualByComparingTo("0.98");
    assertThat(f.rate("bounce-rate").value()).isEqualByComparingTo("0.02");
    assertThat(f.rate("open-rate").value()).isEqualByComparingTo("0.25");
    assertThat(f.rate("click-through-rate").value()).isEqualByComparingTo("0.05");
    assertThat(f.rate("click-to-open-rate").value()).isEqualByComparingTo("0.2");
    assertThat(f.rate("conversion-rate").value()).isEqualByComparingTo("0.01");
    assertThat(f.rate("unsubscribe-rate").value()).isEqualByComparingTo("0.005");
    assertThat(f.rate("click-through-rate").inputs())
        .containsEntry("clicked", BigDecimal.valueOf(490))
        .containsEntry("delivered", BigDecimal.valueOf(9_800));
  }

  @Test
  void zeroDenominatorsAreUndefinedWithTheirReason() {
    CampaignFunnel calls =
        CampaignMetrics.funnel(
            CampaignKey.of("call-blitz"), new CampaignCounts(10, 0, 0, 0, 0, 0, 0));
    assertThat(calls.rate("delivery-rate").value()).isEqualByComparingTo("0");
    assertThat(calls.rate("open-rate").undefinedReason()).contains("delivered is zero");
    assertThat(calls.rate("click-to-open-rate").undefinedReason()).contains("opened is zero");
    CampaignFunnel nothing =
        CampaignMetrics.funnel(CampaignKey.of("draft"), new CampaignCounts(0, 0, 0, 0, 0, 0, 0));
    assertThat(nothing.rate("bounce-rate").undefinedReason()).contains("sent is zero");
  }

  @Test
  void inconsistentCountsAreRefused() {
    assertThatThrownBy(() -> new CampaignCounts(10, 9, 2, 0, 0, 0, 0))
        .hasMessageContaining("exceed sent");
    assertThatThrownBy(() -> new CampaignCounts(10, 5, 0, 6, 0, 0, 0))
        .hasMessageContaining("at most delivered");
  }

  @Test
  void funnelsPerCampaignAndVariantAreOrderedByKey() {
    CampaignCounts c = new CampaignCounts(100, 90, 10, 30, 9, 3, 1);
    Map<CampaignKey, CampaignFunnel> funnels =
        CampaignMetrics.funnels(
            Map.of(
                new CampaignKey("x", "b"),
                c,
                new CampaignKey("x", "a"),
                c,
                CampaignKey.of("x"),
                c));
    assertThat(funnels.keySet())
        .containsExactly(CampaignKey.of("x"), new CampaignKey("x", "a"), new CampaignKey("x", "b"));
  }

  /**
   * 9,000 treated contacts, 450 converted, $45,000.00; 1,000 held out, 30 converted, $2,400.00.
   * Rates 0.05 and 0.03; incremental rate 0.02; lift 0.05 / 0.03 − 1 = 2/3; incremental conversions
   * 450 − 9,000 × 0.03 = 180; incremental revenue 45,000 − 9,000 × 2.40 = $23,400.00.
   */
  @Test
  void incrementalConversionsAndRevenueAgainstTheHoldout() {
    Incrementality inc =
        CampaignMetrics.incrementality(
            new GroupOutcome(9_000, 450, Money.of("45000.00", "USD")),
            new GroupOutcome(1_000, 30, Money.of("2400.00", "USD")));
    assertThat(inc.treatedConversionRate().value()).isEqualByComparingTo("0.05");
    assertThat(inc.holdoutConversionRate().value()).isEqualByComparingTo("0.03");
    assertThat(inc.incrementalConversionRate().value()).isEqualByComparingTo("0.02");
    assertThat(inc.relativeLift().rounded(6, RoundingMode.HALF_EVEN))
        .contains(new BigDecimal("0.666667"));
    assertThat(inc.incrementalConversions().value()).isEqualByComparingTo("180");
    assertThat(inc.incrementalRevenue().value()).isEqualByComparingTo("23400.00");
    assertThat(inc.incrementalRevenue().formula()).isEqualTo("incremental-revenue");
    assertThat(inc.incrementalRevenue().inputs())
        .containsEntry("holdoutContacts", BigDecimal.valueOf(1_000));
  }

  /** 100 treated contacts with 5 conversions and 10 USD against a holdout that never converts. */
  private static Incrementality againstAnUnpaidHoldoutOf(long holdoutContacts) {
    return CampaignMetrics.incrementality(
        new GroupOutcome(100, 5, Money.of("10.00", "USD")),
        new GroupOutcome(holdoutContacts, 0, Money.zero("USD")));
  }

  @Test
  void anEmptyOrNonConvertingHoldoutLeavesTheLiftUndefined() {
    Incrementality noHoldout = againstAnUnpaidHoldoutOf(0);
    assertThat(noHoldout.holdoutConversionRate().undefinedReason())
        .contains("holdout contacts is zero");
    assertThat(noHoldout.incrementalConversionRate().undefinedReason())
        .contains("holdout contacts is zero");
    assertThat(noHoldout.incrementalRevenue().undefinedReason())
        .contains("holdout contacts is zero");
    assertThat(noHoldout.incrementalConversions().isDefined()).isFalse();
    Incrementality zeroRate = againstAnUnpaidHoldoutOf(50);
    assertThat(zeroRate.relativeLift().undefinedReason())
        .contains("holdout conversion rate is zero");
    assertThat(zeroRate.incrementalConversions().value()).isEqualByComparingTo("5");
    assertThat(zeroRate.incrementalRevenue().value()).isEqualByComparingTo("10.00");
  }
}
