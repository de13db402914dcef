/**
 * A bill run over 100,000 and 1,000,000 subscriptions (flat, per-unit and tiered prices, a coupon
 * share, mid-period quantity changes, exclusive sales tax) through revops-billing's {@code
 * BillRun}, against a hand-written floor that computes the same invoices with longs.
 */
package dev.revops.benchmarks.billrun;
