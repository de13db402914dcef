/** Thread-safe in-memory implementations of the billing ports: the embedded defaults. */
package dev.revops.billing.port.memory;
