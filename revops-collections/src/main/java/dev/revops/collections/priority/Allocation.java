package dev.revops.collections.priority;

import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accounts allocated to collectors by capacity and value: the queue is walked from the highest
 * expected value down, and each account goes to the collector with capacity left who holds the
 * least value so far (ties by user id), so value is spread evenly and the most valuable accounts
 * are always worked first. Immutable.
 *
 * @param assignments each collector's accounts, in queue order
 * @param unassigned accounts beyond the total capacity, in queue order
 */
public record Allocation(Map<UserId, List<WorkItem>> assignments, List<WorkItem> unassigned) {
  /** Copies the fields. */
  public Allocation {
    Map<UserId, List<WorkItem>> copy = new LinkedHashMap<>();
    assignments.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    assignments = Collections.unmodifiableMap(copy);
    unassigned = List.copyOf(unassigned);
  }

  /**
   * Allocates a queue.
   *
   * @param items the accounts (ordered by {@link WorkQueue#ORDER} here)
   * @param collectors the collectors
   * @return the allocation
   */
  public static Allocation allocate(List<WorkItem> items, List<Collector> collectors) {
    List<WorkItem> queue = WorkQueue.of(items);
    Map<UserId, List<WorkItem>> out = new LinkedHashMap<>();
    Map<UserId, Money> held = new LinkedHashMap<>();
    List<Collector> sorted = new ArrayList<>(collectors);
    sorted.sort(Comparator.comparing(c -> c.id().value()));
    for (Collector c : sorted) {
      if (out.put(c.id(), new ArrayList<>()) != null) {
        throw new IllegalArgumentException("collector " + c.id() + " listed twice");
      }
    }
    List<WorkItem> left = new ArrayList<>();
    for (WorkItem item : queue) {
      Collector best = null;
      for (Collector c : sorted) {
        if (out.get(c.id()).size() >= c.capacity()) {
          continue;
        }
        if (best == null
            || held.getOrDefault(c.id(), Money.zero(item.expectedValue().currency()))
                    .compareTo(
                        held.getOrDefault(best.id(), Money.zero(item.expectedValue().currency())))
                < 0) {
          best = c;
        }
      }
      if (best == null) {
        left.add(item);
        continue;
      }
      out.get(best.id()).add(item);
      held.merge(best.id(), item.expectedValue(), Money::plus);
    }
    return new Allocation(out, left);
  }
}
