package dev.revops.core.port.memory;

import static java.util.Objects.requireNonNull;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.error.ConcurrencyConflictException;
import dev.revops.core.port.Repository;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A thread-safe {@link Repository} in memory that enforces versions under concurrent writers: the
 * check and the write of one save are atomic per id. The embedded default for the demo, prototypes
 * and tests.
 *
 * @param <I> the id type
 * @param <A> the aggregate type
 */
public class InMemoryRepository<I, A extends Aggregate<I, A>> implements Repository<I, A> {
  private final ConcurrentMap<I, A> store = new ConcurrentHashMap<>();
  private final String typeName;

  /**
   * Creates an empty repository.
   *
   * @param typeName the aggregate type's name, for errors
   */
  public InMemoryRepository(String typeName) {
    this.typeName = requireNonNull(typeName, "typeName");
  }

  @Override
  public Optional<A> find(I id) {
    return Optional.ofNullable(store.get(requireNonNull(id, "id")));
  }

  @Override
  public A save(A aggregate, long expectedVersion) {
    requireNonNull(aggregate, "aggregate");
    I id = requireNonNull(aggregate.id(), "aggregate id");
    if (expectedVersion < Aggregate.NEW) {
      throw new IllegalArgumentException("expected version must be >= 0, got " + expectedVersion);
    }
    return store.compute(
        id,
        (key, current) -> {
          long actual = current == null ? Aggregate.NEW : current.version();
          if (actual != expectedVersion) {
            throw new ConcurrencyConflictException(key, expectedVersion, actual);
          }
          return aggregate.withVersion(expectedVersion + 1);
        });
  }

  @Override
  public List<A> findAll() {
    return List.copyOf(store.values());
  }

  /**
   * Returns how many aggregates are stored.
   *
   * @return the count
   */
  public int size() {
    return store.size();
  }

  @Override
  public String typeName() {
    return typeName;
  }
}
