package dev.revops.jdbc.table;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The values parsed from recently read JSON bodies, keyed by the body's text, so a row read again
 * unchanged (an open invoice on every dunning pass, a lead that many new leads resemble) is not
 * parsed again. The same text always parses to the same immutable value, so a hit is exact whatever
 * happened to the row in between: a changed row has a changed body (its version is part of it) and
 * misses. Bounded: two generations of at most {@code capacity / 2} entries each; when the young one
 * fills, it becomes the old one and the old one is dropped, and a hit in the old one moves to the
 * young one. Thread-safe.
 *
 * <p>Every {@link AggregateTable} keeps one for its bodies, and the outbox one for its payloads; an
 * adapter of the host's own may keep one the same way.
 *
 * @param <A> the parsed type
 */
public final class BodyCache<A> {
  private final int generation;
  private volatile ConcurrentHashMap<String, A> young = new ConcurrentHashMap<>();
  private volatile ConcurrentHashMap<String, A> old = new ConcurrentHashMap<>();

  /**
   * Creates an empty cache.
   *
   * @param capacity the most entries kept (at least 2)
   */
  public BodyCache(int capacity) {
    if (capacity < 2) {
      throw new IllegalArgumentException("body cache capacity must be at least 2, got " + capacity);
    }
    this.generation = capacity / 2;
  }

  /**
   * Returns the value parsed from {@code body}, parsing it with {@code parse} only when it is not
   * kept.
   *
   * @param body the JSON text
   * @param parse parses the text (its failure propagates and nothing is kept)
   * @return the value
   */
  public A get(String body, Function<String, A> parse) {
    A value = young.get(body);
    if (value != null) {
      return value;
    }
    value = old.get(body);
    if (value == null) {
      value = parse.apply(body);
    }
    keep(body, value);
    return value;
  }

  /**
   * Returns the value kept under a key, without parsing anything on a miss. A caller may key the
   * cache by something other than a body's text, when that key too can only ever stand for one
   * value (revops-jdbc's leads keep their committed states under id and version).
   *
   * @param key the body's text, or the caller's exact key
   * @return the value, or null when none is kept
   */
  public A kept(String key) {
    A value = young.get(key);
    if (value == null) {
      value = old.get(key);
      if (value != null) {
        keep(key, value);
      }
    }
    return value;
  }

  /**
   * Returns how many entries are kept (at most the capacity).
   *
   * @return the count
   */
  public int size() {
    return young.size() + old.size();
  }

  /**
   * Keeps the value a body was written from, so the next read of that row needs no parse. The
   * caller vouches that {@code body} parses to a value equal to {@code value} (the JSON round-trip
   * every aggregate's tests check).
   *
   * @param body the JSON text
   * @param value the value
   */
  public void keep(String body, A value) {
    ConcurrentHashMap<String, A> y = young;
    y.put(body, value);
    if (y.size() >= generation) {
      synchronized (this) {
        if (young == y) {
          old = y;
          young = new ConcurrentHashMap<>();
        }
      }
    }
  }
}
