package dev.revops.billing.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * An insertion-ordered map for the handful of keys of one billing period, read by position: keys
 * and values in two arrays searched from the newest key back, allocated on the first key, with a
 * hash index once they hold more than eight keys (a period cut by many changes). A {@code
 * LinkedHashMap} per period cost a table and an entry per key on every bill run; this costs two
 * small arrays. Keys compare by {@code equals}; neither keys nor values may be null (not checked:
 * the callers are the bill run's own loops). Mutable and not thread-safe: confined to one call.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class SmallOrderedMap<K, V> {
  private static final int LINEAR = 8;

  private Object[] keys;
  private Object[] values;
  private int size;
  private Map<K, Integer> index;

  /** Creates an empty map; nothing is allocated until the first key. */
  public SmallOrderedMap() {}

  /**
   * Returns the number of keys.
   *
   * @return the number of keys
   */
  public int size() {
    return size;
  }

  /**
   * Returns the key at a position (insertion order).
   *
   * @param i from 0 to {@code size() - 1}
   * @return the key
   */
  @SuppressWarnings("unchecked")
  public K key(int i) {
    return (K) keys[i];
  }

  /**
   * Returns the value at a position (insertion order).
   *
   * @param i from 0 to {@code size() - 1}
   * @return the value
   */
  @SuppressWarnings("unchecked")
  public V value(int i) {
    return (V) values[i];
  }

  /**
   * Finds a key.
   *
   * @param k the key
   * @return its position, or -1 when absent
   */
  public int indexOf(K k) {
    if (index != null) {
      Integer i = index.get(k);
      return i == null ? -1 : i;
    }
    for (int i = size - 1; i >= 0; i--) {
      if (keys[i].equals(k)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns the value of a key.
   *
   * @param k the key
   * @return the value, or null when absent
   */
  public V get(K k) {
    int i = indexOf(k);
    return i < 0 ? null : value(i);
  }

  /**
   * Adds a key at the end, or combines its value with the one it has (the key keeps its position).
   *
   * @param k the key
   * @param v the value
   * @param combine the old value and {@code v} to the new value
   */
  public void merge(K k, V v, BinaryOperator<V> combine) {
    int i = indexOf(k);
    if (i >= 0) {
      values[i] = combine.apply(value(i), v);
      return;
    }
    if (keys == null) {
      keys = new Object[4];
      values = new Object[4];
    } else if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    keys[size] = k;
    values[size] = v;
    size++;
    if (index != null) {
      index.put(k, size - 1);
    } else if (size > LINEAR) {
      index = new HashMap<>();
      for (int j = 0; j < size; j++) {
        index.put(key(j), j);
      }
    }
  }

  /**
   * Adds a key at the end, or replaces its value (the key keeps its position).
   *
   * @param k the key
   * @param v the value
   */
  public void put(K k, V v) {
    merge(k, v, (old, now) -> now);
  }
}
