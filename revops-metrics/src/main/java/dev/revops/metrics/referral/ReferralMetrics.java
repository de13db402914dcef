package dev.revops.metrics.referral;

import static java.util.Objects.requireNonNull;

import dev.revops.metrics.result.MetricResult;
import dev.revops.metrics.result.Unit;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Referral programme KPIs (DOMAIN.md section 7): the referral conversion rate, {@code converted /
 * referrals}, and the cost per referred customer, {@code rewards / converted}. Pure functions.
 */
public final class ReferralMetrics {
  private ReferralMetrics() {}

  /**
   * The referral conversion rate: referrals whose customer paid its first invoice, over referrals
   * opened (rejected ones included: fraud is part of what a programme brings).
   *
   * @param counts the counts
   * @return the ratio, undefined when there was no referral
   */
  public static MetricResult conversionRate(ReferralCounts counts) {
    requireNonNull(counts, "counts");
    return MetricResult.ratio(
        "referral-conversion-rate",
        "converted / referrals",
        Unit.RATIO,
        inputs(counts),
        BigDecimal.valueOf(counts.converted()),
        BigDecimal.valueOf(counts.referrals()),
        BigDecimal.ONE,
        "referrals");
  }

  /**
   * The reward cost per referred customer: rewards granted over referrals converted.
   *
   * @param counts the counts
   * @return the amount in the rewards' currency, undefined when no referral converted
   */
  public static MetricResult costPerReferredCustomer(ReferralCounts counts) {
    requireNonNull(counts, "counts");
    Map<String, BigDecimal> in = inputs(counts);
    BigDecimal amount =
        counts.converted() == 0
            ? null
            : MetricResult.divide(
                counts.rewards().amount(), BigDecimal.valueOf(counts.converted()));
    return MetricResult.amount(
        "cost-per-referred-customer",
        "rewards / converted",
        counts.rewards().currency(),
        in,
        amount,
        "converted is zero");
  }

  /**
   * Both KPIs.
   *
   * @param counts the counts
   * @return the conversion rate, then the cost per referred customer
   */
  public static List<MetricResult> kpis(ReferralCounts counts) {
    return List.of(conversionRate(counts), costPerReferredCustomer(counts));
  }

  private static Map<String, BigDecimal> inputs(ReferralCounts c) {
    Map<String, BigDecimal> in = new LinkedHashMap<>();
    in.put("referrals", BigDecimal.valueOf(c.referrals()));
    in.put("rejected", BigDecimal.valueOf(c.rejected()));
    in.put("converted", BigDecimal.valueOf(c.converted()));
    in.put("rewards", c.rewards().amount());
    return in;
  }
}
