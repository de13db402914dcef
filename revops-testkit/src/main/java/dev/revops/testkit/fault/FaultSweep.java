package dev.revops.testkit.fault;

import static java.util.Objects.requireNonNull;

/**
 * Runs a {@link FaultScenario} once without faults to count its port calls, then once for every
 * call and every {@link FaultPlan.Mode}, each in a fresh world: fault, recover, check. An assertion
 * that fails names the call that was struck.
 */
public final class FaultSweep {
  private FaultSweep() {}

  /**
   * What a sweep did.
   *
   * @param calls how many counted calls the fault-free run of the use case made (its recovery not
   *     counted)
   * @param faultsInjected how many runs actually struck a fault
   */
  public record Report(int calls, int faultsInjected) {}

  /**
   * Runs the sweep.
   *
   * @param scenario the scenario (never null)
   * @param <W> the world type
   * @return how many calls there were and how many faults struck
   * @throws AssertionError from the scenario's check, with the struck call in its message
   */
  public static <W> Report run(FaultScenario<W> scenario) {
    requireNonNull(scenario, "scenario");
    FaultPlan dry = FaultPlan.countOnly();
    W clean = scenario.newWorld(dry);
    scenario.run(clean);
    // only the use case's own calls can be struck: the recovery runs disarmed
    int calls = dry.calls();
    scenario.recover(clean);
    scenario.check(clean);
    int struck = 0;
    for (int n = 1; n <= calls; n++) {
      for (FaultPlan.Mode mode : FaultPlan.Mode.values()) {
        FaultPlan plan = FaultPlan.failAt(n, mode);
        W world = scenario.newWorld(plan);
        try {
          scenario.run(world);
        } catch (InjectedFault expected) {
          // the host sees a failure here; recovery follows
        }
        plan.disarm();
        if (!"none".equals(plan.injected())) {
          struck++;
        }
        try {
          scenario.recover(world);
          scenario.check(world);
        } catch (AssertionError | RuntimeException e) {
          throw new AssertionError(
              "after the fault " + plan.injected() + ", calls were " + plan.callLog() + ": " + e,
              e);
        }
      }
    }
    return new Report(calls, struck);
  }
}
