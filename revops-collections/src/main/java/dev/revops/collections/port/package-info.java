/**
 * The ports collections needs from its host: the append-only activity log, the real-time payment
 * status check, and the stores of promises ({@link dev.revops.collections.port.PromiseRepository})
 * and plans ({@link dev.revops.collections.port.PlanRepository}) with the queries the use cases
 * read through. Dunning states are stored through core's {@code Repository}, keyed by account.
 */
package dev.revops.collections.port;
