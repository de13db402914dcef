package dev.revops.billing.port.memory;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.port.IdempotencyRecord;
import dev.revops.billing.port.IdempotencyStore;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Idempotency keys in memory, atomic per key. Thread-safe. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {
  private final ConcurrentMap<String, IdempotencyRecord> records = new ConcurrentHashMap<>();

  @Override
  public Optional<IdempotencyRecord> putIfAbsent(IdempotencyRecord record) {
    requireNonNull(record, "record");
    return Optional.ofNullable(records.putIfAbsent(record.key(), record));
  }

  @Override
  public Optional<IdempotencyRecord> find(String key) {
    return Optional.ofNullable(records.get(requireNonNull(key, "key")));
  }
}
