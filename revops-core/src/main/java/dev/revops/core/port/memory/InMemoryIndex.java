package dev.revops.core.port.memory;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A secondary index of an {@link InMemoryRepository}: which ids have a key (an account, a status, a
 * normalised e-mail), the way a database index answers a query without reading the table. The
 * repository keeps it current on every committed save, in the same step as the save; ids under a
 * key come in the order they first got it.
 *
 * <p>Thread-safe. Made with {@link InMemoryRepository#index(Function)}.
 *
 * @param <K> the key type
 * @param <I> the id type
 * @param <A> the aggregate type
 */
public final class InMemoryIndex<K, I, A> {
  private final Function<? super A, ? extends Collection<? extends K>> keys;
  private final Map<K, Set<I>> ids = new HashMap<>();

  InMemoryIndex(Function<? super A, ? extends Collection<? extends K>> keys) {
    this.keys = requireNonNull(keys, "keys");
  }

  synchronized void update(I id, A before, A after) {
    Collection<? extends K> old = before == null ? List.of() : keys.apply(before);
    Collection<? extends K> now = keys.apply(after);
    for (K k : old) {
      if (!now.contains(k)) {
        Set<I> set = ids.get(k);
        if (set != null && set.remove(id) && set.isEmpty()) {
          ids.remove(k);
        }
      }
    }
    for (K k : now) {
      ids.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(id);
    }
  }

  Collection<? extends K> keysOf(A aggregate) {
    return keys.apply(aggregate);
  }

  /**
   * Returns the ids that have the key now.
   *
   * @param key the key (never null)
   * @return a snapshot, in the order the ids first got the key; empty when none
   */
  public synchronized List<I> idsWith(K key) {
    Set<I> set = ids.get(requireNonNull(key, "key"));
    return set == null ? List.of() : new ArrayList<>(set);
  }
}
