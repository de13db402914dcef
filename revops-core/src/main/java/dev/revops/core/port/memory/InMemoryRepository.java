package dev.revops.core.port.memory;

import static java.util.Objects.requireNonNull;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.error.ConcurrencyConflictException;
import dev.revops.core.port.Repository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

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
  private final List<InMemoryIndex<?, I, A>> indexes = new CopyOnWriteArrayList<>();

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
          A next = aggregate.withVersion(expectedVersion + 1);
          for (InMemoryIndex<?, I, A> index : indexes) {
            index.update(key, current, next);
          }
          return next;
        });
  }

  /**
   * Adds a secondary index, kept current on every save from now on; a subclass makes its indexes in
   * its constructor, before anything is saved.
   *
   * @param keys the keys an aggregate is found under (an empty collection: under none)
   * @param <K> the key type
   * @return the index, to query with {@link #findBy(InMemoryIndex, Object)}
   */
  protected final <K> InMemoryIndex<K, I, A> index(
      Function<? super A, ? extends Collection<? extends K>> keys) {
    InMemoryIndex<K, I, A> index = new InMemoryIndex<>(keys);
    indexes.add(index);
    return index;
  }

  /**
   * Returns the aggregates that have a key in one of this repository's indexes.
   *
   * @param index the index (made by {@link #index(Function)})
   * @param key the key
   * @param <K> the key type
   * @return the aggregates, in the order they first got the key
   */
  protected final <K> List<A> findBy(InMemoryIndex<K, I, A> index, K key) {
    List<I> ids = index.idsWith(key);
    List<A> found = new ArrayList<>(ids.size());
    for (I id : ids) {
      A a = store.get(id);
      if (a != null) {
        found.add(a);
      }
    }
    return found;
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
