/**
 * Dunning: ladders of steps (offsets from the due date, conditions, actions) loaded from validated
 * JSON, a pure evaluator that never skips a step and never acts twice, and the overdue alerts.
 */
package dev.revops.collections.dunning;
