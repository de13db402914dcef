/**
 * Service cases: support, complaints and incidents, SLA clocks on a business calendar, escalation,
 * feedback.
 */
package dev.revops.sales.servicecase;
