/**
 * Implementation details of revops-billing; not exported: deterministic event ids, and the small
 * structures the bill run's hot path keeps its per-period keys and a subscription's periods in
 * ({@link dev.revops.billing.internal.SmallOrderedMap}, {@link
 * dev.revops.billing.internal.RangeSortedList}).
 */
package dev.revops.billing.internal;
