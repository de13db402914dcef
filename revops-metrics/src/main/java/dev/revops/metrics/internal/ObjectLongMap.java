package dev.revops.metrics.internal;

import static java.util.Objects.requireNonNull;

/**
 * A map from keys to {@code long} values without boxing: open addressing with linear probing and
 * backward-shift deletion, so neither a put of an existing key, nor a get, nor a remove allocates.
 * It grows (doubling its arrays) when more than half full and never shrinks. Absent keys read as a
 * caller-given default. Mutable and not thread-safe; null keys are refused.
 *
 * @param <K> the key type, with consistent {@code equals} and {@code hashCode}
 */
public final class ObjectLongMap<K> {
  private Object[] keys;
  private long[] values;
  private int size;

  /**
   * Makes an empty map with room for a few keys.
   *
   * @param expected how many keys are expected (at least 1); the map grows past it
   */
  public ObjectLongMap(int expected) {
    if (expected < 1) {
      throw new IllegalArgumentException("expected must be >= 1, got " + expected);
    }
    int capacity = Integer.highestOneBit(Math.max(2, expected) * 2 - 1) << 1;
    keys = new Object[capacity];
    values = new long[capacity];
  }

  /**
   * Returns the number of keys.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns a key's value.
   *
   * @param key the key
   * @param absent what to return when the key is absent
   * @return the value, or {@code absent}
   */
  public long get(K key, long absent) {
    int i = find(requireNonNull(key, "key"));
    return i < 0 ? absent : values[i];
  }

  /**
   * Tells whether a key is present.
   *
   * @param key the key
   * @return true when present
   */
  public boolean containsKey(K key) {
    return find(requireNonNull(key, "key")) >= 0;
  }

  /**
   * Sets a key's value.
   *
   * @param key the key
   * @param value the value
   */
  public void put(K key, long value) {
    requireNonNull(key, "key");
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (keys[i] != null) {
      if (keys[i].equals(key)) {
        values[i] = value;
        return;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = value;
    if (++size * 2 > keys.length) {
      grow();
    }
  }

  /**
   * Removes a key.
   *
   * @param key the key
   * @return true when it was present
   */
  public boolean remove(K key) {
    int i = find(requireNonNull(key, "key"));
    if (i < 0) {
      return false;
    }
    int mask = keys.length - 1;
    // backward-shift deletion: move later entries of the probe run into the hole
    int hole = i;
    int j = (i + 1) & mask;
    while (keys[j] != null) {
      int home = slot(keys[j], mask);
      // the entry at j may move to the hole when its home is not cyclically in (hole, j]
      if (((j - home) & mask) >= ((j - hole) & mask)) {
        keys[hole] = keys[j];
        values[hole] = values[j];
        hole = j;
      }
      j = (j + 1) & mask;
    }
    keys[hole] = null;
    values[hole] = 0;
    size--;
    return true;
  }

  private int find(Object key) {
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (keys[i] != null) {
      if (keys[i].equals(key)) {
        return i;
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  private static int slot(Object key, int mask) {
    int h = key.hashCode() * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }

  private void grow() {
    Object[] oldKeys = keys;
    long[] oldValues = values;
    keys = new Object[oldKeys.length * 2];
    values = new long[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int k = 0; k < oldKeys.length; k++) {
      if (oldKeys[k] != null) {
        int i = slot(oldKeys[k], mask);
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[k];
        values[i] = oldValues[k];
      }
    }
  }
}
