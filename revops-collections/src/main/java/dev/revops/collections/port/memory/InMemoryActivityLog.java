package dev.revops.collections.port.memory;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.activity.Activity;
import dev.revops.collections.port.ActivityLog;
import dev.revops.core.error.IdempotencyConflictException;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An in-memory, append-only {@link ActivityLog}. Thread-safe (synchronized). */
public final class InMemoryActivityLog implements ActivityLog {
  private final List<Activity> entries = new ArrayList<>();
  private final Map<String, Activity> byId = new HashMap<>();

  /** Creates an empty log. */
  public InMemoryActivityLog() {}

  @Override
  public synchronized void append(Activity activity) {
    requireNonNull(activity, "activity");
    Activity existing = byId.get(activity.id());
    if (existing != null) {
      if (existing.equals(activity)) {
        return;
      }
      throw new IdempotencyConflictException(
          activity.id(), "an activity with this id was already logged with other content");
    }
    byId.put(activity.id(), activity);
    entries.add(activity);
  }

  @Override
  public synchronized List<Activity> forDebt(ReceivableId debt) {
    return entries.stream().filter(a -> a.debt().equals(debt)).toList();
  }

  @Override
  public synchronized List<Activity> forAccount(AccountId account) {
    return entries.stream().filter(a -> a.account().equals(account)).toList();
  }

  @Override
  public synchronized List<Activity> all() {
    return List.copyOf(entries);
  }
}
