/**
 * Outbound campaigns: a goal, an audience, channels and steps with delays, personalised templates,
 * and the campaign's lifecycle (draft, scheduled, running, paused, completed, cancelled).
 */
package dev.revops.sales.campaign;
