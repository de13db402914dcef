package dev.revops.examples.simulation;

import dev.revops.billing.retirement.RetirementReport;
import dev.revops.metrics.campaign.AttributionModel;
import dev.revops.metrics.campaign.CampaignCounts;
import dev.revops.metrics.campaign.CampaignFunnel;
import dev.revops.metrics.campaign.CampaignKey;
import dev.revops.metrics.campaign.Incrementality;
import dev.revops.metrics.referral.ReferralCounts;
import dev.revops.metrics.referral.ReferralMetrics;
import dev.revops.sales.experiment.Comparison;
import dev.revops.sales.experiment.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The growth section of the console and the HTML report, as lines of text. */
final class GrowthText {
  private GrowthText() {}

  /** The section's lines; one line saying why when the campaign did not run. */
  static List<String> lines(Growth growth) {
    List<String> out = new ArrayList<>();
    campaign(growth.campaign(), out);
    referrals(growth.referrals(), out);
    retirement(growth.retirement(), out);
    return out;
  }

  /** The campaign's lines only. */
  static List<String> campaignLines(GrowthReport g) {
    List<String> out = new ArrayList<>();
    campaign(g, out);
    return out;
  }

  private static void campaign(GrowthReport g, List<String> out) {
    if (g.launched() == null) {
      out.add("Cross-sell campaign: not run (the run is shorter than 3 months)");
      return;
    }
    out.add(
        String.format(
            Locale.ROOT,
            "Cross-sell campaign '%s' (e-mail, then a call 3 days later), launched %s to %,d"
                + " customers: %s",
            Marketing.CAMPAIGN_ID,
            g.launched(),
            g.audience(),
            g.arms()));
    for (Map.Entry<CampaignKey, CampaignFunnel> e : g.funnels().entrySet()) {
      CampaignCounts c = e.getValue().counts();
      CampaignFunnel f = e.getValue();
      out.add(
          String.format(
              Locale.ROOT,
              "  %-8s sent %,d, delivered %s, open %s, click-through %s, conversion %s,"
                  + " unsubscribe %s",
              e.getKey().variant(),
              c.sent(),
              Formats.pct(f.rate("delivery-rate")),
              Formats.pct(f.rate("open-rate")),
              Formats.pct(f.rate("click-through-rate")),
              Formats.pct(f.rate("conversion-rate")),
              Formats.pct(f.rate("unsubscribe-rate"))));
    }
    if (g.experiment() != null) {
      out.add("  A/B test, " + g.experiment().ruleStated());
      for (Comparison c : g.experiment().comparisons()) {
        String lift = c.lift() == null ? " (" + String.join("; ", c.reasons()) + ")" : "";
        if (c.lift() != null && c.lift().absolute() != null) {
          Interval i = c.lift().absolute();
          lift =
              String.format(
                  Locale.ROOT,
                  ", lift %+.1f points [%+.1f, %+.1f] at %.1f %%",
                  i.estimate() * 100,
                  i.lower() * 100,
                  i.upper() * 100,
                  i.confidence() * 100);
        }
        out.add(
            String.format(
                Locale.ROOT,
                "    %s %d/%d vs holdout %d/%d: %s%s%s",
                c.variant().arm(),
                c.variant().conversions(),
                c.variant().contacts(),
                c.holdout().conversions(),
                c.holdout().contacts(),
                c.verdict(),
                lift,
                c.pValue() == null
                    ? ""
                    : String.format(Locale.ROOT, ", always-valid p = %.4f", c.pValue())));
      }
    }
    StringBuilder variants = new StringBuilder();
    g.attributed()
        .forEach(
            (k, v) ->
                variants
                    .append(variants.length() == 0 ? "" : ", ")
                    .append(k.variant())
                    .append(' ')
                    .append(Formats.amount(v)));
    out.add("  Upgrade revenue (first year) attributed: " + variants + "; by channel:");
    for (AttributionModel m : AttributionModel.values()) {
      StringBuilder parts = new StringBuilder();
      g.byChannel()
          .getOrDefault(m, Map.of())
          .forEach(
              (channel, money) ->
                  parts
                      .append(parts.length() == 0 ? "" : ", ")
                      .append(channel)
                      .append(' ')
                      .append(Formats.money(money)));
      out.add(String.format(Locale.ROOT, "    %-15s %s", m.id(), parts));
    }
    Incrementality inc = g.incrementality();
    if (inc != null) {
      out.add(
          String.format(
              Locale.ROOT,
              "  Against the holdout: conversion %s vs %s, incremental conversions %s,"
                  + " incremental revenue %s",
              Formats.pct(inc.treatedConversionRate()),
              Formats.pct(inc.holdoutConversionRate()),
              inc.incrementalConversions()
                  .rounded(1, java.math.RoundingMode.HALF_UP)
                  .map(java.math.BigDecimal::toPlainString)
                  .orElse("n/a"),
              Formats.amount(inc.incrementalRevenue())));
    }
    if (!g.heldBack().isEmpty()) {
      out.add("  Held back by rule (decisions): " + g.heldBack());
    }
  }

  private static void retirement(RetirementSummary s, List<String> out) {
    if (s == null) {
      out.add("Plan retirement: none (the run is shorter than 6 months)");
      return;
    }
    RetirementReport r = s.report();
    out.add(
        String.format(
            Locale.ROOT,
            "Plan retirement: %s not sold from %s, successor %s (%s, %d days' notice): %,d notices,"
                + " %,d migrated, %,d awaiting their renewal, %,d churned after the notice"
                + " (attributed to the retirement), %,d moved to another plan, %,d not yet notified",
            s.retirement().planId(),
            s.retirement().retiredFrom(),
            s.retirement().successorPlanId(),
            s.retirement().pricePolicy(),
            s.retirement().noticeDays(),
            s.notices(),
            r.migrated().size(),
            r.awaitingMigration().size(),
            r.churned().size(),
            r.leftPlan().size(),
            r.notNotified().size()));
  }

  private static void referrals(ReferralSummary r, List<String> out) {
    long referrals = r.byStatus().values().stream().mapToLong(Long::longValue).sum();
    ReferralCounts counts =
        new ReferralCounts(
            referrals,
            r.count("REJECTED"),
            r.count("QUALIFIED") + r.count("REWARDED"),
            r.rewardsGranted());
    out.add(
        String.format(
            Locale.ROOT,
            "Referrals: %,d codes taken by satisfied customers, %,d referrals, %,d rewarded once on"
                + " the first paid invoice (%s in account credits); referral conversion %s, cost per"
                + " referred customer %s; by status %s%s",
            r.codesIssued(),
            referrals,
            r.count("REWARDED"),
            Formats.money(r.rewardsGranted()),
            Formats.pct(ReferralMetrics.conversionRate(counts)),
            Formats.amount(ReferralMetrics.costPerReferredCustomer(counts)),
            r.byStatus(),
            r.rejectedByRule().isEmpty() ? "" : ", rejected by rule " + r.rejectedByRule()));
  }
}
