/**
 * The result type every KPI returns: formula name, inputs, and a value or an explicit undefined
 * with its reason.
 */
package dev.revops.metrics.result;
