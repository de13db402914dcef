package dev.revops.billing.internal;

import dev.revops.core.time.DateRange;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Values sorted by a date range each carries (by start, then end), at most one per range, found by
 * binary search. Values usually arrive in order (a subscription's timeline yields its periods
 * oldest first), so adding usually appends after one comparison; a {@code TreeMap} with a
 * comparator chain cost a tenth of a bill run. Mutable and not thread-safe: confined to one call.
 *
 * @param <V> the value
 */
public final class RangeSortedList<V> {
  private final List<V> sorted = new ArrayList<>();
  private final Function<? super V, DateRange> rangeOf;

  /**
   * Creates an empty list.
   *
   * @param rangeOf a value's range, which never changes
   */
  public RangeSortedList(Function<? super V, DateRange> rangeOf) {
    this.rangeOf = rangeOf;
  }

  /**
   * Returns the number of values.
   *
   * @return the number of values
   */
  public int size() {
    return sorted.size();
  }

  /**
   * Returns the value at a position, in range order.
   *
   * @param i from 0 to {@code size() - 1}
   * @return the value
   */
  public V get(int i) {
    return sorted.get(i);
  }

  /**
   * Returns the value with exactly this range.
   *
   * @param range the range
   * @return the value, or null when none has it
   */
  public V find(DateRange range) {
    int i = indexOf(range);
    return i >= 0 ? sorted.get(i) : null;
  }

  /**
   * Finds a range.
   *
   * @param range the range
   * @return the position of the value with this range, or {@code -(insertion point) - 1} when none
   *     has it (as {@link java.util.Collections#binarySearch})
   */
  public int indexOf(DateRange range) {
    int high = sorted.size() - 1;
    if (high < 0 || compare(rangeOf.apply(sorted.get(high)), range) < 0) {
      return -(high + 1) - 1;
    }
    int low = 0;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = compare(rangeOf.apply(sorted.get(mid)), range);
      if (c < 0) {
        low = mid + 1;
      } else if (c > 0) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -low - 1;
  }

  /**
   * Inserts a value where {@link #indexOf} said its range belongs.
   *
   * @param notFound what {@link #indexOf} returned for the value's range (negative)
   * @param value the value
   * @return the value
   */
  public V insert(int notFound, V value) {
    sorted.add(-notFound - 1, value);
    return value;
  }

  private static int compare(DateRange a, DateRange b) {
    int c = a.start().compareTo(b.start());
    return c != 0 ? c : a.end().compareTo(b.end());
  }
}
