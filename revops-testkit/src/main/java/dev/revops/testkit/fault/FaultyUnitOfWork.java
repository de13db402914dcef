package dev.revops.testkit.fault;

import static java.util.Objects.requireNonNull;

import dev.revops.core.port.UnitOfWork;
import java.util.function.Supplier;

/**
 * A {@link UnitOfWork} that gives a {@link FaultPlan} two steps of its own around each outermost
 * unit of work: {@code commit} (after the work, before the commit: the commit fails and nothing is
 * applied) and {@code committed} (after the commit: it stands, but the caller sees a failure, as
 * after a lost connection). Nested calls join without steps. Thread-safe.
 */
public final class FaultyUnitOfWork implements UnitOfWork {
  private final UnitOfWork inner;
  private final FaultPlan plan;
  private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

  /**
   * Wraps a unit of work.
   *
   * @param inner the real unit of work (never null)
   * @param plan the plan whose steps strike (never null)
   */
  public FaultyUnitOfWork(UnitOfWork inner, FaultPlan plan) {
    this.inner = requireNonNull(inner, "inner");
    this.plan = requireNonNull(plan, "plan");
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    requireNonNull(work, "work");
    int[] d = depth.get();
    if (d[0] > 0) {
      return inner.inTransaction(work);
    }
    d[0]++;
    T result;
    try {
      result =
          inner.inTransaction(
              () -> {
                T r = work.get();
                plan.step("commit");
                return r;
              });
    } finally {
      d[0]--;
    }
    plan.step("committed");
    return result;
  }
}
