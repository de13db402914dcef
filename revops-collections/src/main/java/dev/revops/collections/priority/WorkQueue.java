package dev.revops.collections.priority;

import dev.revops.core.error.CurrencyMismatchException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A prioritised work queue: accounts ordered by expected recovery value, highest first (ties by
 * account id, so the order is stable). One currency per queue, since values in different currencies
 * cannot be ranked without rates. Stateless and thread-safe.
 */
public final class WorkQueue {
  /** The queue order. */
  public static final Comparator<WorkItem> ORDER =
      Comparator.comparing(WorkItem::expectedValue)
          .reversed()
          .thenComparing(i -> i.account().value());

  private WorkQueue() {}

  /**
   * Orders items into a queue.
   *
   * @param items the items, all in one currency
   * @return the queue, highest expected value first
   */
  public static List<WorkItem> of(List<WorkItem> items) {
    List<WorkItem> sorted = new ArrayList<>(items);
    for (WorkItem i : sorted) {
      if (!i.expectedValue().isSameCurrency(sorted.get(0).expectedValue())) {
        throw new CurrencyMismatchException(
            sorted.get(0).expectedValue().currency(), i.expectedValue().currency());
      }
    }
    sorted.sort(ORDER);
    return List.copyOf(sorted);
  }
}
