/**
 * Next best offer KPIs: the offer acceptance rate, and the value the ranking expected (probability
 * x margin) against the value realised (the margins of fulfilled offers), as {@link
 * dev.revops.metrics.result.MetricResult}s, from metrics-owned facts about each presented offer.
 */
package dev.revops.metrics.offer;
