package dev.revops.metrics.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.money.Money;
import dev.revops.metrics.result.MetricResult;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Funnel rates stay in [0, 1] and are undefined exactly at a zero denominator; lift identities. */
class CampaignProperties {

  @Property(tries = 1000)
  void funnelRatesAreBoundedAndUndefinedExactlyAtZeroDenominators(
      @ForAll @IntRange(min = 0, max = 100_000) int sent,
      @ForAll @IntRange(min = 0, max = 1000) int deliveredPerMille,
      @ForAll @IntRange(min = 0, max = 1000) int a,
      @ForAll @IntRange(min = 0, max = 1000) int b,
      @ForAll @IntRange(min = 0, max = 1000) int c,
      @ForAll @IntRange(min = 0, max = 1000) int d) {
    long delivered = (long) sent * deliveredPerMille / 1000;
    long bounced = (sent - delivered) / 2;
    long opened = delivered * a / 1000;
    CampaignCounts counts =
        new CampaignCounts(
            sent,
            delivered,
            bounced,
            opened,
            delivered * b / 1000,
            delivered * c / 1000,
            delivered * d / 1000);
    CampaignFunnel f = CampaignMetrics.funnel(CampaignKey.of("k"), counts);
    for (MetricResult r : f.rates()) {
      String denominator = r.expression().substring(r.expression().indexOf('/') + 2);
      long denominatorValue = r.inputs().get(denominator).longValueExact();
      assertThat(r.isDefined()).as(r.formula()).isEqualTo(denominatorValue > 0);
      if (r.isDefined() && !r.formula().equals("click-to-open-rate")) {
        assertThat(r.value()).as(r.formula()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
      }
    }
  }

  /**
   * Incremental revenue plus what the treated group would have brought at the holdout's revenue per
   * contact is the treated revenue; with the holdout equal to the treated group in every rate the
   * increments are zero.
   */
  @Property(tries = 1000)
  void incrementsReconcileAndVanishWithoutAnEffect(
      @ForAll @IntRange(min = 1, max = 100_000) int treated,
      @ForAll @IntRange(min = 1, max = 100_000) int holdout,
      @ForAll @IntRange(min = 0, max = 1000) int perMille,
      @ForAll @LongRange(min = 0, max = 1_000_000) long revenuePerContactMinor) {
    GroupOutcome t =
        new GroupOutcome(
            treated,
            (long) treated * perMille / 1000,
            Money.ofMinor(treated * revenuePerContactMinor, "USD"));
    GroupOutcome h =
        new GroupOutcome(
            holdout,
            (long) holdout * perMille / 1000,
            Money.ofMinor(holdout * revenuePerContactMinor, "USD"));
    Incrementality inc = CampaignMetrics.incrementality(t, h);
    assertThat(inc.incrementalRevenue().value().abs()).isLessThan(new BigDecimal("1e-6"));
    // conversions are floored per group, so the rates differ by less than 1 / smaller group
    BigDecimal bound =
        BigDecimal.ONE.divide(
            BigDecimal.valueOf(Math.min(treated, holdout)), MetricResult.PRECISION);
    assertThat(inc.incrementalConversionRate().value().abs()).isLessThanOrEqualTo(bound);
  }
}
