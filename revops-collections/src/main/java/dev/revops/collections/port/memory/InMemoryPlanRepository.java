package dev.revops.collections.port.memory;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.plan.PaymentPlan;
import dev.revops.collections.plan.PlanId;
import dev.revops.collections.plan.PlanStatus;
import dev.revops.collections.port.PlanRepository;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.memory.InMemoryIndex;
import dev.revops.core.port.memory.InMemoryRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link PlanRepository} in memory with the indexes a database would keep: active plans by
 * account, and active plans by the instant they default. It takes part in core's {@code
 * InMemoryUnitOfWork} like every {@link InMemoryRepository}: the indexes are updated in the {@link
 * #stored} step of a commit, under the repository's commit lock, so they never show a write that
 * was not committed. {@link #activeForAccount} also sees the running unit of work's own saves;
 * {@link #activeDefaultingBy} reads committed plans only. A query never returns a plan that is no
 * longer active. Thread-safe.
 */
public final class InMemoryPlanRepository extends InMemoryRepository<PlanId, PaymentPlan>
    implements PlanRepository {
  private static final Comparator<PaymentPlan> BY_ID = Comparator.comparing(p -> p.id().value());

  private final InMemoryIndex<AccountId, PlanId, PaymentPlan> activeByAccount =
      index(p -> p.status() == PlanStatus.ACTIVE ? List.of(p.account()) : List.of());
  private final Map<PlanId, PaymentPlan> active = new HashMap<>();
  private final DueIndex<PlanId> byDefault = new DueIndex<>();

  /** Creates an empty repository. */
  public InMemoryPlanRepository() {
    super(TYPE_NAME);
  }

  @Override
  protected void stored(PaymentPlan before, PaymentPlan after) {
    active.remove(after.id());
    byDefault.remove(after.id());
    if (after.status() == PlanStatus.ACTIVE) {
      active.put(after.id(), after);
      byDefault.put(after.id(), after.defaultsAt().orElse(null));
    }
  }

  @Override
  public List<PaymentPlan> activeForAccount(AccountId account) {
    requireNonNull(account, "account");
    List<PaymentPlan> out = new ArrayList<>();
    for (PaymentPlan p : findBy(activeByAccount, account)) {
      // a commit may replace a value between the index read and the value read
      if (p.status() == PlanStatus.ACTIVE && p.account().equals(account)) {
        out.add(p);
      }
    }
    out.sort(BY_ID);
    return List.copyOf(out);
  }

  @Override
  public List<PaymentPlan> activeDefaultingBy(Instant at, int limit) {
    requireNonNull(at, "at");
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
    return locked(
        () -> {
          List<PaymentPlan> out = new ArrayList<>();
          for (PlanId id : byDefault.dueBy(at, limit)) {
            out.add(active.get(id));
          }
          return List.copyOf(out);
        });
  }
}
