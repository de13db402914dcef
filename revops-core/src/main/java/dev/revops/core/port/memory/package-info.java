/** Thread-safe in-memory implementations of the core ports: the embedded defaults. */
package dev.revops.core.port.memory;
