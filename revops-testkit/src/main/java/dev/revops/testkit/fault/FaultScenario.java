package dev.revops.testkit.fault;

/**
 * A use case to run under every single fault: build a fresh world whose ports the plan wraps, run
 * the use case (it may throw {@link InjectedFault}), recover the way a host would (retry with the
 * same idempotency keys, run the recovery service, deliver the outbox), then check that the books
 * hold. See {@link FaultSweep}.
 *
 * @param <W> the world: the services and stores of one run
 */
public interface FaultScenario<W> {
  /**
   * Builds a fresh world; wrap the ports that may fail with {@link FaultPlan#wrap}.
   *
   * @param plan the plan of this run
   * @return the world
   */
  W newWorld(FaultPlan plan);

  /**
   * Runs the use case.
   *
   * @param world the world
   */
  void run(W world);

  /**
   * Recovers after a fault (the plan is disarmed by then); also called after a run without one.
   *
   * @param world the world
   */
  void recover(W world);

  /**
   * Asserts the invariants (throw an {@link AssertionError} when one fails).
   *
   * @param world the world
   */
  void check(W world);
}
