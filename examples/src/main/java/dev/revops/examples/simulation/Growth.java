package dev.revops.examples.simulation;

import static java.util.Objects.requireNonNull;

/**
 * The run's revenue generation: the cross-sell campaign with its A/B test, the referral programme
 * and the plan retirement. Immutable.
 *
 * @param campaign the campaign's funnel, A/B result, attribution and lift
 * @param referrals the referral programme
 * @param retirement the plan retirement, or null when the run was too short to retire a plan
 */
public record Growth(
    GrowthReport campaign, ReferralSummary referrals, RetirementSummary retirement) {
  /** Checks the parts. */
  public Growth {
    requireNonNull(campaign, "campaign");
    requireNonNull(referrals, "referrals");
  }
}
