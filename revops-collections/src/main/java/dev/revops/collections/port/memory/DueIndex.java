package dev.revops.collections.port.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An index of ids by the instant something falls due, like a database index on {@code (due_at,
 * id)}: put, remove and "the first n due by an instant". Not thread-safe; its owner guards it.
 *
 * @param <I> the id type, ordered by its text for ties
 */
final class DueIndex<I> {
  private record Key<I>(Instant at, String order, I id) {}

  private final TreeSet<Key<I>> keys =
      new TreeSet<>(Comparator.<Key<I>, Instant>comparing(Key::at).thenComparing(Key::order));
  private final Map<I, Key<I>> byId = new HashMap<>();

  /** Indexes an id under an instant, replacing its previous entry; null removes it. */
  void put(I id, Instant at) {
    remove(id);
    if (at != null) {
      Key<I> k = new Key<>(at, id.toString(), id);
      keys.add(k);
      byId.put(id, k);
    }
  }

  void remove(I id) {
    Key<I> old = byId.remove(id);
    if (old != null) {
      keys.remove(old);
    }
  }

  /** The ids due at or before an instant, earliest first, at most limit of them. */
  List<I> dueBy(Instant at, int limit) {
    List<I> out = new ArrayList<>(Math.min(limit, 64));
    for (Key<I> k : keys) {
      if (k.at().isAfter(at) || out.size() == limit) {
        break;
      }
      out.add(k.id());
    }
    return out;
  }

  int size() {
    return byId.size();
  }
}
