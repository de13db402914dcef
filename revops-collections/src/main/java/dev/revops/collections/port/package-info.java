/**
 * The ports collections needs from its host: the append-only activity log and the real-time payment
 * status check. Dunning states, promises and plans are stored through core's {@code Repository}.
 */
package dev.revops.collections.port;
