/**
 * Subscription KPIs: MRR normalisation and ARR, MRR movements per customer, churn rates (ChartMogul
 * and Stripe variants), MRR churn, retention, ARPA, LTV, CAC, payback, quick ratio and cohort
 * retention.
 */
package dev.revops.metrics.subscription;
