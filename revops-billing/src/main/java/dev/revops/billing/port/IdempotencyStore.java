package dev.revops.billing.port;

import java.util.Optional;

/** Remembers idempotency keys. Implementations must be thread-safe and atomic per key. */
public interface IdempotencyStore {
  /**
   * Stores a record unless the key is already known.
   *
   * @param record the record
   * @return the record already stored under the key, or empty when this one was stored
   */
  Optional<IdempotencyRecord> putIfAbsent(IdempotencyRecord record);

  /**
   * Finds a key.
   *
   * @param key the key
   * @return its record, or empty
   */
  Optional<IdempotencyRecord> find(String key);
}
