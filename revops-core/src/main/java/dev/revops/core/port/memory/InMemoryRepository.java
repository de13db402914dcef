package dev.revops.core.port.memory;

import static java.util.Objects.requireNonNull;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.error.ConcurrencyConflictException;
import dev.revops.core.port.Page;
import dev.revops.core.port.Repository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A thread-safe {@link Repository} in memory that enforces versions under concurrent writers and
 * takes part in {@link InMemoryUnitOfWork}. Outside a unit of work the check and the write of one
 * save are atomic; inside one, a save is checked at once against what is stored plus what the unit
 * of work staged, kept aside (visible to {@link #find}, {@link #findBy} and {@link #findAll} of the
 * same unit of work only) and checked again and applied at commit. The embedded default for the
 * demo, prototypes and tests.
 *
 * @param <I> the id type
 * @param <A> the aggregate type
 */
public class InMemoryRepository<I, A extends Aggregate<I, A>>
    extends TransactionalResource<InMemoryRepository<I, A>.Writes> implements Repository<I, A> {
  private final ConcurrentMap<I, A> store = new ConcurrentHashMap<>();
  private final String typeName;
  private final List<InMemoryIndex<?, I, A>> indexes = new CopyOnWriteArrayList<>();
  private final ConcurrentSkipListMap<String, I> byIdText = new ConcurrentSkipListMap<>();

  /**
   * Creates an empty repository.
   *
   * @param typeName the aggregate type's name, for errors
   */
  public InMemoryRepository(String typeName) {
    this.typeName = requireNonNull(typeName, "typeName");
  }

  /** One staged save: the new value and the stored version the unit of work first saw. */
  private static final class Slot<A> {
    A value;
    final long storedVersion;

    Slot(A value, long storedVersion) {
      this.value = value;
      this.storedVersion = storedVersion;
    }
  }

  /** The saves one unit of work staged here, in order, with the stored version each expects. */
  public final class Writes implements TransactionalResource.Staged {
    private final Map<I, Slot<A>> slots = new LinkedHashMap<>(4);

    private Writes() {}

    A get(I id) {
      Slot<A> slot = slots.get(id);
      return slot == null ? null : slot.value;
    }

    @Override
    public void validate() {
      for (Map.Entry<I, Slot<A>> e : slots.entrySet()) {
        long actual = versionOf(store.get(e.getKey()));
        long expected = e.getValue().storedVersion;
        if (actual != expected) {
          throw new ConcurrencyConflictException(e.getKey(), expected, actual);
        }
      }
    }

    @Override
    public void apply() {
      for (Slot<A> slot : slots.values()) {
        put(slot.value.id(), slot.value);
      }
    }
  }

  @Override
  protected final Writes newStaged() {
    return new Writes();
  }

  private static long versionOf(Aggregate<?, ?> a) {
    return a == null ? Aggregate.NEW : a.version();
  }

  @Override
  public Optional<A> find(I id) {
    requireNonNull(id, "id");
    Writes w = stagedOrNull();
    if (w != null) {
      A staged = w.get(id);
      if (staged != null) {
        return Optional.of(staged);
      }
    }
    return Optional.ofNullable(store.get(id));
  }

  @Override
  public A save(A aggregate, long expectedVersion) {
    requireNonNull(aggregate, "aggregate");
    I id = requireNonNull(aggregate.id(), "aggregate id");
    if (expectedVersion < Aggregate.NEW) {
      throw new IllegalArgumentException("expected version must be >= 0, got " + expectedVersion);
    }
    A next = aggregate.withVersion(expectedVersion + 1);
    Writes w = staged();
    if (w == null) {
      return locked(
          () -> {
            long actual = versionOf(store.get(id));
            if (actual != expectedVersion) {
              throw new ConcurrencyConflictException(id, expectedVersion, actual);
            }
            put(id, next);
            return next;
          });
    }
    Slot<A> slot = w.slots.get(id);
    long actual = slot == null ? versionOf(store.get(id)) : slot.value.version();
    if (actual != expectedVersion) {
      throw new ConcurrencyConflictException(id, expectedVersion, actual);
    }
    if (slot == null) {
      w.slots.put(id, new Slot<>(next, actual));
    } else {
      slot.value = next;
    }
    return next;
  }

  /** Stores a value and updates the indexes; called under the commit lock. */
  private void put(I id, A next) {
    A before = store.put(id, next);
    if (before == null) {
      byIdText.put(String.valueOf(id), id);
    }
    for (InMemoryIndex<?, I, A> index : indexes) {
      index.update(id, before, next);
    }
    stored(before, next);
  }

  /**
   * Called when a value has been stored (at commit inside a unit of work, at once outside one),
   * under this repository's commit lock: a subclass with indexes of its own updates them here, so
   * they never show a write that was not committed.
   *
   * @param before the value stored before, or null for a new aggregate
   * @param after the value stored now
   */
  protected void stored(A before, A after) {}

  /**
   * Adds a secondary index, kept current on every committed save from now on; a subclass makes its
   * indexes in its constructor, before anything is saved.
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
   * Returns the aggregates that have a key in one of this repository's indexes, including the
   * running unit of work's own saves.
   *
   * @param index the index (made by {@link #index(Function)})
   * @param key the key
   * @param <K> the key type
   * @return the aggregates, in the order they first got the key (staged newcomers last)
   */
  protected final <K> List<A> findBy(InMemoryIndex<K, I, A> index, K key) {
    List<I> ids = index.idsWith(key);
    Writes w = stagedOrNull();
    List<A> found = new ArrayList<>(ids.size());
    if (w == null) {
      for (I id : ids) {
        A a = store.get(id);
        if (a != null) {
          found.add(a);
        }
      }
      return found;
    }
    Set<I> seen = new LinkedHashSet<>(ids);
    for (I id : ids) {
      A staged = w.get(id);
      A a = staged != null ? staged : store.get(id);
      if (a != null && index.keysOf(a).contains(key)) {
        found.add(a);
      }
    }
    for (Map.Entry<I, Slot<A>> e : w.slots.entrySet()) {
      A a = e.getValue().value;
      if (!seen.contains(e.getKey()) && index.keysOf(a).contains(key)) {
        found.add(a);
      }
    }
    return found;
  }

  @Override
  public List<A> findAll() {
    Writes w = stagedOrNull();
    if (w == null) {
      return List.copyOf(store.values());
    }
    Map<I, A> all = new LinkedHashMap<>(store);
    for (Slot<A> slot : w.slots.values()) {
      all.put(slot.value.id(), slot.value);
    }
    return List.copyOf(all.values());
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here: read through a sorted index of the ids, so a page costs its own size, not the table's.
   * The page holds committed aggregates (with the running unit of work's own changes to them); an
   * aggregate the unit of work created shows after its commit.
   */
  @Override
  public Page<A> page(String after, int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("page limit must be above zero, got " + limit);
    }
    NavigableMap<String, I> rest = after == null ? byIdText : byIdText.tailMap(after, false);
    List<A> items = new ArrayList<>(Math.min(limit, 64));
    String last = null;
    for (Map.Entry<String, I> e : rest.entrySet()) {
      if (items.size() == limit) {
        return new Page<>(items, last);
      }
      find(e.getValue()).ifPresent(items::add);
      last = e.getKey();
    }
    return new Page<>(items, null);
  }

  /**
   * Returns how many aggregates are stored (committed).
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
