package dev.revops.billing.port;

import java.util.Optional;

/**
 * Remembers idempotency keys. Implementations must be thread-safe and atomic per key, and must take
 * part in the host's unit of work: a key stored inside one is stored exactly when that unit of work
 * commits (with the payment it names), so a failed save never burns a key. Two units of work that
 * store the same key: one commits, the other's commit fails with {@link
 * dev.revops.core.error.IdempotencyConflictException} (a database adapter maps its unique-key
 * violation to it), and the service then replays the first request's result.
 */
public interface IdempotencyStore {
  /**
   * Stores a record unless the key is already known (stored, or stored earlier in the running unit
   * of work).
   *
   * @param record the record
   * @return the record already stored under the key, or empty when this one was stored (or staged
   *     in the running unit of work)
   */
  Optional<IdempotencyRecord> putIfAbsent(IdempotencyRecord record);

  /**
   * Finds a key, including one the running unit of work stored.
   *
   * @param key the key
   * @return its record, or empty
   */
  Optional<IdempotencyRecord> find(String key);
}
