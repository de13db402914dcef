package dev.revops.sales.port.memory;

import static java.util.Objects.requireNonNull;

import dev.revops.sales.port.SubscriptionChanges;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A thread-safe in-memory {@link SubscriptionChanges} for tests and demos without billing: it
 * applies every change (reference {@code change-<n>}), remembers the result per idempotency key so
 * a repeated key returns the first result, and lists the changes actually made.
 */
public final class InMemorySubscriptionChanges implements SubscriptionChanges {
  private final Map<String, Result> byKey = new ConcurrentHashMap<>();
  private final List<Request> applied = new ArrayList<>();

  /** Creates the adapter with no change made. */
  public InMemorySubscriptionChanges() {}

  @Override
  public Result request(Request request) {
    requireNonNull(request, "request");
    return byKey.computeIfAbsent(
        request.idempotencyKey(),
        k -> {
          synchronized (applied) {
            applied.add(request);
            return Result.applied("change-" + applied.size());
          }
        });
  }

  /**
   * Returns the changes made, one per idempotency key, in order.
   *
   * @return a copy
   */
  public List<Request> applied() {
    synchronized (applied) {
      return List.copyOf(applied);
    }
  }
}
