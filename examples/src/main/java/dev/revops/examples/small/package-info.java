/**
 * Small focused examples, one use of the revops API each, runnable with {@code main} and tested by
 * running them: capture and score a lead, a custom pipeline state machine, a month-end subscription
 * with a mid-period upgrade, a dunning policy in JSON, a compliance decision explained, and KPIs
 * from a CSV of facts.
 */
package dev.revops.examples.small;
