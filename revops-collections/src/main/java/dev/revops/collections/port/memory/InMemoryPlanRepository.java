package dev.revops.collections.port.memory;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.plan.PaymentPlan;
import dev.revops.collections.plan.PlanId;
import dev.revops.collections.plan.PlanStatus;
import dev.revops.collections.port.PlanRepository;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.memory.InMemoryRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A {@link PlanRepository} in memory with the indexes a database would keep: active plans by
 * account, and active plans by the instant they default. A save and its index update are one step
 * under a write lock, so a query never sees a plan in an index it has left. Thread-safe.
 */
public final class InMemoryPlanRepository extends InMemoryRepository<PlanId, PaymentPlan>
    implements PlanRepository {
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<PlanId, PaymentPlan> active = new HashMap<>();
  private final Map<AccountId, TreeMap<String, PaymentPlan>> activeByAccount = new HashMap<>();
  private final DueIndex<PlanId> byDefault = new DueIndex<>();

  /** Creates an empty repository. */
  public InMemoryPlanRepository() {
    super(TYPE_NAME);
  }

  @Override
  public PaymentPlan save(PaymentPlan plan, long expectedVersion) {
    lock.writeLock().lock();
    try {
      PaymentPlan saved = super.save(plan, expectedVersion);
      PaymentPlan old = active.remove(saved.id());
      if (old != null) {
        TreeMap<String, PaymentPlan> bucket = activeByAccount.get(old.account());
        bucket.remove(old.id().value());
        if (bucket.isEmpty()) {
          activeByAccount.remove(old.account());
        }
        byDefault.remove(old.id());
      }
      if (saved.status() == PlanStatus.ACTIVE) {
        active.put(saved.id(), saved);
        activeByAccount
            .computeIfAbsent(saved.account(), k -> new TreeMap<>())
            .put(saved.id().value(), saved);
        byDefault.put(saved.id(), saved.defaultsAt().orElse(null));
      }
      return saved;
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public List<PaymentPlan> activeForAccount(AccountId account) {
    requireNonNull(account, "account");
    lock.readLock().lock();
    try {
      TreeMap<String, PaymentPlan> bucket = activeByAccount.get(account);
      return bucket == null ? List.of() : List.copyOf(bucket.values());
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<PaymentPlan> activeDefaultingBy(Instant at, int limit) {
    requireNonNull(at, "at");
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
    lock.readLock().lock();
    try {
      List<PaymentPlan> out = new ArrayList<>();
      for (PlanId id : byDefault.dueBy(at, limit)) {
        out.add(active.get(id));
      }
      return List.copyOf(out);
    } finally {
      lock.readLock().unlock();
    }
  }
}
