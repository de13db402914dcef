package dev.revops.metrics.campaign;

import static java.util.Objects.requireNonNull;

import dev.revops.core.error.CurrencyMismatchException;
import dev.revops.metrics.internal.Inputs;
import dev.revops.metrics.result.MetricResult;
import dev.revops.metrics.result.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Campaign KPIs: the funnel rates of a campaign or variant, and its incremental conversions and
 * revenue against a holdout. Pure functions: stateless and thread-safe. Every rate is a {@link
 * MetricResult} with its inputs, undefined (never NaN) when its denominator is zero.
 *
 * <p>Denominators (the e-mail service providers' usual ones; DOMAIN.md section 7): delivery and
 * bounce rates are over <em>sent</em>; open, click-through, conversion and unsubscribe rates over
 * <em>delivered</em>; click-to-open over <em>opened</em>. Counts are unique contacts.
 */
public final class CampaignMetrics {
  private CampaignMetrics() {}

  /**
   * Every funnel rate of a campaign or variant.
   *
   * @param key the campaign and variant
   * @param counts its counts
   * @return the funnel
   */
  public static CampaignFunnel funnel(CampaignKey key, CampaignCounts counts) {
    requireNonNull(key, "key");
    requireNonNull(counts, "counts");
    Map<String, BigDecimal> in =
        Inputs.create()
            .put("sent", counts.sent())
            .put("delivered", counts.delivered())
            .put("bounced", counts.bounced())
            .put("opened", counts.opened())
            .put("clicked", counts.clicked())
            .put("converted", counts.converted())
            .put("unsubscribed", counts.unsubscribed())
            .build();
    List<MetricResult> rates = new ArrayList<>();
    rates.add(
        rate("delivery-rate", "delivered / sent", in, counts.delivered(), counts.sent(), "sent"));
    rates.add(rate("bounce-rate", "bounced / sent", in, counts.bounced(), counts.sent(), "sent"));
    rates.add(
        rate(
            "open-rate",
            "opened / delivered",
            in,
            counts.opened(),
            counts.delivered(),
            "delivered"));
    rates.add(
        rate(
            "click-through-rate",
            "clicked / delivered",
            in,
            counts.clicked(),
            counts.delivered(),
            "delivered"));
    rates.add(
        rate(
            "click-to-open-rate",
            "clicked / opened",
            in,
            counts.clicked(),
            counts.opened(),
            "opened"));
    rates.add(
        rate(
            "conversion-rate",
            "converted / delivered",
            in,
            counts.converted(),
            counts.delivered(),
            "delivered"));
    rates.add(
        rate(
            "unsubscribe-rate",
            "unsubscribed / delivered",
            in,
            counts.unsubscribed(),
            counts.delivered(),
            "delivered"));
    return new CampaignFunnel(key, counts, rates);
  }

  /**
   * The funnel of every campaign and variant.
   *
   * @param counts the counts by campaign and variant
   * @return one funnel per key, ordered by key
   */
  public static Map<CampaignKey, CampaignFunnel> funnels(Map<CampaignKey, CampaignCounts> counts) {
    requireNonNull(counts, "counts");
    Map<CampaignKey, CampaignFunnel> result = new TreeMap<>();
    counts.forEach((k, c) -> result.put(k, funnel(k, c)));
    return Collections.unmodifiableMap(result);
  }

  private static MetricResult rate(
      String formula,
      String expression,
      Map<String, BigDecimal> in,
      long numerator,
      long denominator,
      String denominatorName) {
    return MetricResult.ratio(
        formula,
        expression,
        Unit.RATIO,
        in,
        BigDecimal.valueOf(numerator),
        BigDecimal.valueOf(denominator),
        BigDecimal.ONE,
        denominatorName);
  }

  /** A group's conversion rate: {@code group}-conversion-rate, conversions / contacts. */
  private static MetricResult conversionRate(
      String group, Map<String, BigDecimal> in, GroupOutcome outcome) {
    return rate(
        group + "-conversion-rate",
        group + " conversions / " + group + " contacts",
        in,
        outcome.conversions(),
        outcome.contacts(),
        group + " contacts");
  }

  /**
   * What a campaign (or variant) added over its holdout: the holdout shows what the treated
   * contacts would have done without the campaign.
   *
   * @param treated the contacts the campaign reached
   * @param holdout the contacts held out, same period, same currency
   * @return the rates, the lift and the incremental conversions and revenue; each undefined when
   *     its denominator (a group's contacts, the holdout's rate) is zero
   * @throws CurrencyMismatchException when the two groups' revenues differ in currency
   */
  public static Incrementality incrementality(GroupOutcome treated, GroupOutcome holdout) {
    requireNonNull(treated, "treated");
    requireNonNull(holdout, "holdout");
    if (!treated.revenue().isSameCurrency(holdout.revenue())) {
      throw new CurrencyMismatchException(
          treated.revenue().currency(), holdout.revenue().currency());
    }
    Map<String, BigDecimal> in =
        Inputs.create()
            .put("treatedContacts", treated.contacts())
            .put("treatedConversions", treated.conversions())
            .put("treatedRevenue", treated.revenue())
            .put("holdoutContacts", holdout.contacts())
            .put("holdoutConversions", holdout.conversions())
            .put("holdoutRevenue", holdout.revenue())
            .build();
    BigDecimal nt = BigDecimal.valueOf(treated.contacts());
    BigDecimal nh = BigDecimal.valueOf(holdout.contacts());
    BigDecimal xt = BigDecimal.valueOf(treated.conversions());
    BigDecimal xh = BigDecimal.valueOf(holdout.conversions());
    MetricResult treatedRate = conversionRate("treated", in, treated);
    MetricResult holdoutRate = conversionRate("holdout", in, holdout);
    String liftExpression = "treated conversion rate - holdout conversion rate";
    MetricResult absolute;
    if (!treatedRate.isDefined() || !holdoutRate.isDefined()) {
      absolute =
          MetricResult.undefined(
              "incremental-conversion-rate",
              liftExpression,
              Unit.RATIO,
              in,
              (treatedRate.isDefined() ? "holdout" : "treated") + " contacts is zero");
    } else {
      absolute =
          MetricResult.of(
              "incremental-conversion-rate",
              liftExpression,
              Unit.RATIO,
              in,
              treatedRate.value().subtract(holdoutRate.value(), MetricResult.PRECISION));
    }
    String relativeExpression = "(treated rate - holdout rate) / holdout rate";
    String noLift =
        !absolute.isDefined()
            ? absolute.undefinedReason().get()
            : holdoutRate.value().signum() == 0 ? "holdout conversion rate is zero" : null;
    MetricResult relative;
    if (noLift != null) {
      relative =
          MetricResult.undefined("conversion-lift", relativeExpression, Unit.RATIO, in, noLift);
    } else {
      // (xt/nt - xh/nh) / (xh/nh) = xt nh / (nt xh) - 1, computed from the counts for exactness
      relative =
          MetricResult.of(
              "conversion-lift",
              relativeExpression,
              Unit.RATIO,
              in,
              MetricResult.divide(xt.multiply(nh), nt.multiply(xh)).subtract(BigDecimal.ONE));
    }
    String conversionsExpression = "treated conversions - treated contacts x holdout rate";
    MetricResult conversions =
        holdout.contacts() == 0
            ? MetricResult.undefined(
                "incremental-conversions",
                conversionsExpression,
                Unit.COUNT,
                in,
                "holdout contacts is zero")
            : MetricResult.of(
                "incremental-conversions",
                conversionsExpression,
                Unit.COUNT,
                in,
                xt.subtract(MetricResult.divide(nt.multiply(xh), nh)));
    String revenueExpression =
        "treated revenue - treated contacts x holdout revenue / holdout contacts";
    BigDecimal revenue =
        holdout.contacts() == 0
            ? null
            : treated
                .revenue()
                .amount()
                .subtract(MetricResult.divide(nt.multiply(holdout.revenue().amount()), nh));
    MetricResult incrementalRevenue =
        MetricResult.amount(
            "incremental-revenue",
            revenueExpression,
            treated.revenue().currency(),
            in,
            revenue,
            "holdout contacts is zero");
    return new Incrementality(
        treatedRate, holdoutRate, absolute, relative, conversions, incrementalRevenue);
  }
}
