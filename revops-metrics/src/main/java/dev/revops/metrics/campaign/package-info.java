/**
 * Campaign KPIs: funnel rates per campaign and variant, revenue attribution (first-touch,
 * last-touch, linear, position-based) and incrementality against a holdout.
 */
package dev.revops.metrics.campaign;
