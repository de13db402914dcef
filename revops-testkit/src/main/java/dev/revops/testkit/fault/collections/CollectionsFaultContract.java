package dev.revops.testkit.fault.collections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.testkit.fault.FaultSweep;
import org.junit.jupiter.api.Test;

/**
 * The collections fault suite: a dunning step with its gated contacts, a promise made and kept, a
 * promise made and broken, and two payment plans (one paid off, one defaulted), each run by {@link
 * FaultSweep} under a fault at every counted call (every store, activity-log and payment-status
 * call, every outbox append, each commit and each lost answer after a commit), before and after the
 * call. A host or a database adapter extends this class and returns its backend; JUnit runs the
 * inherited tests.
 *
 * <pre>{@code
 * class JdbcCollectionsFaultTest extends CollectionsFaultContract {
 *   protected CollectionsBackend backend() { return JdbcCollections.backend(cleanSchema()); }
 * }
 * }</pre>
 */
public abstract class CollectionsFaultContract {
  /** For subclasses. */
  protected CollectionsFaultContract() {}

  /**
   * Returns the backend whose fresh adapters each run of a sweep uses.
   *
   * @return the backend
   */
  protected abstract CollectionsBackend backend();

  /**
   * Checks that the sweep struck, in both modes, at least every call the use case must make (the
   * dry run also counts the recovery's calls; a fault planned at one of those strikes nothing, as
   * the plan is disarmed by then).
   */
  private static void swept(FaultSweep.Report report, int useCaseCalls) {
    assertThat(report.faultsInjected())
        .as("faults struck in " + report.calls() + " counted calls")
        .isGreaterThanOrEqualTo(2 * useCaseCalls);
  }

  /** A dunning step: the state, its contacts and its events all or nothing; no eighth call. */
  @Test
  void aDunningStepSurvivesEveryFault() {
    // find the case, save it, append its events; per contact: payment status, history, append;
    // commit, answer
    swept(FaultSweep.run(new DunningStepScenario(backend())), 12);
  }

  /** A promise made and kept: kept once, paid once, one event. */
  @Test
  void aKeptPromiseSurvivesEveryFault() {
    // record (find, save, commit, answer), pay (open for the debt, save, append, commit, answer)
    swept(FaultSweep.run(new PromiseScenario(backend(), PromiseScenario.Ending.KEPT)), 11);
  }

  /** A promise made and broken: broken once, one event. */
  @Test
  void aBrokenPromiseSurvivesEveryFault() {
    // record (find, save, commit, answer), resolve (expired, save, append, commit, answer)
    swept(FaultSweep.run(new PromiseScenario(backend(), PromiseScenario.Ending.BROKEN)), 11);
  }

  /** Two plans, one paid off and one defaulted: each ended once, one event each. */
  @Test
  void paymentPlansSurviveEveryFault() {
    // per plan: propose, accept, then pay or default, each with its reads, save, append,
    // commit and answer
    swept(FaultSweep.run(new PlanScenario(backend())), 37);
  }
}
