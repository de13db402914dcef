/**
 * Proration: sharing a period's price between the pieces of the period (by day, the default, or by
 * second), so the pieces always add up to the full price, and credits for unused time.
 */
package dev.revops.billing.proration;
