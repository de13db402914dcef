/**
 * The ports of revops-core: what a host implements to give revops storage ({@link
 * dev.revops.core.port.Repository}), messaging ({@link dev.revops.core.port.EventPublisher}) and
 * ids ({@link dev.revops.core.port.IdGenerator}). In-memory defaults are in {@code port.memory}.
 */
package dev.revops.core.port;
