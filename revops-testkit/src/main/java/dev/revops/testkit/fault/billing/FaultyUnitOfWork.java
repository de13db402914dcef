package dev.revops.testkit.fault.billing;

import static java.util.Objects.requireNonNull;

import dev.revops.core.port.UnitOfWork;
import dev.revops.testkit.fault.FaultPlan;
import java.util.function.Supplier;

/**
 * A unit of work whose outermost calls count two steps of a {@link FaultPlan}: {@code "commit"}
 * after the work ran and before the real commit (a failed commit: nothing is applied) and {@code
 * "committed"} after the real commit returned (a lost answer: everything is applied, the caller
 * sees a failure). Nested calls join and count nothing.
 */
final class FaultyUnitOfWork implements UnitOfWork {
  private final UnitOfWork real;
  private final FaultPlan plan;
  private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

  FaultyUnitOfWork(UnitOfWork real, FaultPlan plan) {
    this.real = requireNonNull(real, "real");
    this.plan = requireNonNull(plan, "plan");
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    int[] d = depth.get();
    if (d[0] > 0) {
      return real.inTransaction(work);
    }
    d[0]++;
    T result;
    try {
      result =
          real.inTransaction(
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
