/**
 * Proration: sharing a period's price between the pieces of the period (by day, the default, or by
 * second), so the pieces always add up to the full price. {@link
 * dev.revops.billing.proration.Proration} is the one place it is computed.
 */
package dev.revops.billing.proration;
