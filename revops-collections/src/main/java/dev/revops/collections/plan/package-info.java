/**
 * Payment plans (installments that add up exactly to the balance, weekly or monthly, with their
 * state machine and default alert) and settlements (less than the balance within approval limits,
 * the rest written off).
 */
package dev.revops.collections.plan;
