/**
 * Thread-safe in-memory adapters of the sales ports: the embedded default and the tests' stores.
 */
package dev.revops.sales.port.memory;
