/**
 * Incremental projections over a stream of plain metrics events (MRR movements, funnel counts, AR
 * balances, contact outcomes) with an out-of-order window and event-id de-duplication, and the
 * batch recomputation they are checked against.
 */
package dev.revops.metrics.projection;
