package dev.revops.billing.billrun;

import dev.revops.core.time.DateRange;

/**
 * What one amount of a subscription's bill is for: what should be billed and what was billed are
 * both summed per key, and the difference per key becomes a line. The subscription is implied (each
 * subscription is billed on its own). Immutable and thread-safe.
 *
 * @param ref the price's id, or the coupon's for a discount
 * @param quantity the units (for usage, the units used); 0 for a discount
 * @param range the piece of the period, or the whole period for a discount
 * @param discount whether it is a coupon's discount
 */
record ChargeKey(String ref, long quantity, DateRange range, boolean discount) {}
