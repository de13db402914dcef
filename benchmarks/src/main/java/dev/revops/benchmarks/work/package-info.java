/**
 * The cost of units of work and the outbox: the same bill run issuing and the same dunning pass,
 * once through {@code InMemoryUnitOfWork} with {@code InMemoryOutbox} and its relay, once direct
 * (no unit of work, events straight to the publisher), in the same process.
 */
package dev.revops.benchmarks.work;
