/**
 * Referral programme KPIs: the share of referrals that became paying customers and the reward cost
 * per referred customer, as {@link dev.revops.metrics.result.MetricResult}s with their formulas,
 * inputs and explicit undefined reasons, from plain counts the host takes from its referral store
 * (revops-sales' referrals, or another programme's).
 */
package dev.revops.metrics.referral;
