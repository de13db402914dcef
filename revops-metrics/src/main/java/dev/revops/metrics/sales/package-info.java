/**
 * Growth and sales KPIs: revenue growth, conversion (overall, per source, per funnel stage), win
 * rate, deal size, cycle length, velocity, weighted pipeline and coverage, lead-to-customer time.
 */
package dev.revops.metrics.sales;
