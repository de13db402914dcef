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
import java.util.Optional;

/**
 * An in-memory, append-only {@link ActivityLog}, indexed by id, by debt and by account as a
 * database would be, so reading one debt's history does not scan the log. Thread-safe
 * (synchronized).
 */
public final class InMemoryActivityLog implements ActivityLog {
  private final List<Activity> entries = new ArrayList<>();
  private final Map<String, Activity> byId = new HashMap<>();
  private final Map<ReceivableId, List<Activity>> byDebt = new HashMap<>();
  private final Map<AccountId, List<Activity>> byAccount = new HashMap<>();

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
    byDebt.computeIfAbsent(activity.debt(), k -> new ArrayList<>()).add(activity);
    byAccount.computeIfAbsent(activity.account(), k -> new ArrayList<>()).add(activity);
  }

  @Override
  public synchronized Optional<Activity> find(String id) {
    return Optional.ofNullable(byId.get(requireNonNull(id, "id")));
  }

  @Override
  public synchronized List<Activity> forDebt(ReceivableId debt) {
    return List.copyOf(byDebt.getOrDefault(requireNonNull(debt, "debt"), List.of()));
  }

  @Override
  public synchronized List<Activity> forAccount(AccountId account) {
    return List.copyOf(byAccount.getOrDefault(requireNonNull(account, "account"), List.of()));
  }

  @Override
  public synchronized List<Activity> all() {
    return List.copyOf(entries);
  }
}
