package dev.revops.sales.marketing;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.ContactId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded {@link MarketingSendHistory}: per person, the instants in a sorted map (instant to
 * count), so a window is read without a scan, as an index would. Thread-safe: each person's map is
 * guarded by its own lock.
 */
public final class InMemoryMarketingSendHistory implements MarketingSendHistory {
  private final ConcurrentHashMap<ContactId, NavigableMap<Instant, Integer>> sends =
      new ConcurrentHashMap<>();

  /** Creates an empty history. */
  public InMemoryMarketingSendHistory() {}

  @Override
  public List<Instant> sentBetween(ContactId contact, Instant from, Instant until) {
    requireNonNull(from, "from");
    requireNonNull(until, "until");
    NavigableMap<Instant, Integer> m = sends.get(requireNonNull(contact, "contact"));
    List<Instant> out = new ArrayList<>();
    if (m == null || from.isAfter(until)) {
      return out;
    }
    synchronized (m) {
      m.subMap(from, false, until, true)
          .forEach(
              (at, n) -> {
                for (int i = 0; i < n; i++) {
                  out.add(at);
                }
              });
    }
    return out;
  }

  @Override
  public void record(ContactId contact, Instant at) {
    requireNonNull(at, "at");
    NavigableMap<Instant, Integer> m =
        sends.computeIfAbsent(requireNonNull(contact, "contact"), k -> new TreeMap<>());
    synchronized (m) {
      m.merge(at, 1, Integer::sum);
    }
  }
}
