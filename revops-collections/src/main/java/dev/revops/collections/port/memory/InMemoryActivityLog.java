package dev.revops.collections.port.memory;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.activity.Activity;
import dev.revops.collections.port.ActivityLog;
import dev.revops.core.error.IdempotencyConflictException;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.port.memory.TransactionalResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An in-memory, append-only {@link ActivityLog}, indexed by id, by debt and by account as a
 * database would be, so reading one debt's history does not scan the log.
 *
 * <p>It takes part in core's {@code InMemoryUnitOfWork}: inside a unit of work an append is staged
 * (checked at once against the log and the unit of work's earlier appends, so a conflicting id
 * fails fast), visible to {@link #find}, {@link #forDebt}, {@link #forAccount} and {@link #all} of
 * that unit of work only, and applied at commit after the id check is made again against what the
 * log holds then; a unit of work that fails leaves no entry behind. Outside a unit of work an
 * append applies at once. Readers outside the unit of work see committed entries only, in commit
 * order. Thread-safe.
 */
public final class InMemoryActivityLog extends TransactionalResource<InMemoryActivityLog.Appends>
    implements ActivityLog {
  private final List<Activity> entries = new ArrayList<>();
  private final Map<String, Activity> byId = new HashMap<>();
  private final Map<ReceivableId, List<Activity>> byDebt = new HashMap<>();
  private final Map<AccountId, List<Activity>> byAccount = new HashMap<>();

  /** Creates an empty log. */
  public InMemoryActivityLog() {}

  /** The entries one unit of work appended here, in order, by id. */
  public final class Appends implements TransactionalResource.Staged {
    private final Map<String, Activity> appended = new LinkedHashMap<>();

    private Appends() {}

    @Override
    public void validate() {
      for (Activity a : appended.values()) {
        checkAgainstLog(a);
      }
    }

    @Override
    public void apply() {
      for (Activity a : appended.values()) {
        if (!byId.containsKey(a.id())) {
          add(a);
        }
      }
    }

    private List<Activity> matching(Predicate<Activity> which) {
      List<Activity> out = new ArrayList<>();
      for (Activity a : appended.values()) {
        if (which.test(a)) {
          out.add(a);
        }
      }
      return out;
    }
  }

  @Override
  protected Appends newStaged() {
    return new Appends();
  }

  /**
   * Throws when the log holds another entry under the activity's id; returns whether it holds this
   * one already. Called under the commit lock.
   */
  private boolean checkAgainstLog(Activity activity) {
    Activity existing = byId.get(activity.id());
    if (existing == null) {
      return false;
    }
    if (existing.equals(activity)) {
      return true;
    }
    throw new IdempotencyConflictException(
        activity.id(), "an activity with this id was already logged with other content");
  }

  private void add(Activity activity) {
    byId.put(activity.id(), activity);
    entries.add(activity);
    byDebt.computeIfAbsent(activity.debt(), k -> new ArrayList<>()).add(activity);
    byAccount.computeIfAbsent(activity.account(), k -> new ArrayList<>()).add(activity);
  }

  @Override
  public void append(Activity activity) {
    requireNonNull(activity, "activity");
    Appends staged = staged();
    if (staged == null) {
      locked(
          () -> {
            if (!checkAgainstLog(activity)) {
              add(activity);
            }
            return null;
          });
      return;
    }
    Activity own = staged.appended.get(activity.id());
    if (own != null) {
      if (own.equals(activity)) {
        return;
      }
      throw new IdempotencyConflictException(
          activity.id(), "an activity with this id was already logged with other content");
    }
    if (locked(() -> checkAgainstLog(activity))) {
      return;
    }
    staged.appended.put(activity.id(), activity);
  }

  @Override
  public Optional<Activity> find(String id) {
    requireNonNull(id, "id");
    Appends staged = stagedOrNull();
    if (staged != null) {
      Activity own = staged.appended.get(id);
      if (own != null) {
        return Optional.of(own);
      }
    }
    return Optional.ofNullable(locked(() -> byId.get(id)));
  }

  @Override
  public List<Activity> forDebt(ReceivableId debt) {
    requireNonNull(debt, "debt");
    List<Activity> committed = locked(() -> copy(byDebt.get(debt)));
    return withOwn(committed, a -> a.debt().equals(debt));
  }

  @Override
  public List<Activity> forAccount(AccountId account) {
    requireNonNull(account, "account");
    List<Activity> committed = locked(() -> copy(byAccount.get(account)));
    return withOwn(committed, a -> a.account().equals(account));
  }

  @Override
  public List<Activity> all() {
    List<Activity> committed = locked(() -> copy(entries));
    return withOwn(committed, a -> true);
  }

  private static List<Activity> copy(List<Activity> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** The committed entries, then the running unit of work's own appends that match. */
  private List<Activity> withOwn(List<Activity> committed, Predicate<Activity> which) {
    Appends staged = stagedOrNull();
    if (staged == null || staged.appended.isEmpty()) {
      return committed;
    }
    List<Activity> own = staged.matching(which);
    if (own.isEmpty()) {
      return committed;
    }
    List<Activity> out = new ArrayList<>(committed.size() + own.size());
    out.addAll(committed);
    for (Activity a : own) {
      if (!committed.contains(a)) {
        out.add(a);
      }
    }
    return List.copyOf(out);
  }
}
