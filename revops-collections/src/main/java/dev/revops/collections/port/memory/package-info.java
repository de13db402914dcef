/** Thread-safe in-memory implementations of collections' ports, the embedded defaults. */
package dev.revops.collections.port.memory;
