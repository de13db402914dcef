package dev.revops.billing.port.memory;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.port.IdempotencyRecord;
import dev.revops.billing.port.IdempotencyStore;
import dev.revops.core.error.IdempotencyConflictException;
import dev.revops.core.port.memory.TransactionalResource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Idempotency keys in memory, taking part in core's {@code InMemoryUnitOfWork}: inside a unit of
 * work {@link #putIfAbsent} checks the key against what is stored plus what the unit of work staged
 * and stages it; the commit checks again that no other commit stored the key meanwhile (else the
 * whole unit of work fails with {@link IdempotencyConflictException}) and stores it. Outside a unit
 * of work each put is atomic on its own. Thread-safe.
 */
public final class InMemoryIdempotencyStore
    extends TransactionalResource<InMemoryIdempotencyStore.Puts> implements IdempotencyStore {
  private final ConcurrentMap<String, IdempotencyRecord> records = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryIdempotencyStore() {}

  /** The keys one unit of work staged, in order. */
  public final class Puts implements TransactionalResource.Staged {
    private final Map<String, IdempotencyRecord> staged = new LinkedHashMap<>();

    private Puts() {}

    @Override
    public void validate() {
      for (String key : staged.keySet()) {
        if (records.containsKey(key)) {
          throw new IdempotencyConflictException(key, "stored by a concurrent request first");
        }
      }
    }

    @Override
    public void apply() {
      records.putAll(staged);
    }
  }

  @Override
  protected Puts newStaged() {
    return new Puts();
  }

  @Override
  public Optional<IdempotencyRecord> putIfAbsent(IdempotencyRecord record) {
    requireNonNull(record, "record");
    Puts puts = staged();
    if (puts == null) {
      return locked(() -> Optional.ofNullable(records.putIfAbsent(record.key(), record)));
    }
    IdempotencyRecord known = records.get(record.key());
    if (known == null) {
      known = puts.staged.get(record.key());
    }
    if (known != null) {
      return Optional.of(known);
    }
    puts.staged.put(record.key(), record);
    return Optional.empty();
  }

  @Override
  public Optional<IdempotencyRecord> find(String key) {
    requireNonNull(key, "key");
    Puts puts = stagedOrNull();
    if (puts != null) {
      IdempotencyRecord mine = puts.staged.get(key);
      if (mine != null) {
        return Optional.of(mine);
      }
    }
    return Optional.ofNullable(records.get(key));
  }

  /**
   * Returns how many keys are stored (committed).
   *
   * @return the count
   */
  public int size() {
    return records.size();
  }
}
