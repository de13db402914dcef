package dev.revops.testkit.fault.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.testkit.fault.FaultSweep;
import org.junit.jupiter.api.Test;

/**
 * The sales fault suite: lead capture, lead conversion and an order through payment and fulfilment,
 * each run by {@link FaultSweep} under a fault at every counted call (every repository call, every
 * outbox append, each commit and each lost answer after a commit), before and after the call. A
 * host or a database adapter extends this class and returns its adapters; JUnit runs the inherited
 * tests.
 *
 * <pre>{@code
 * class JdbcSalesFaultTest extends SalesFaultContract {
 *   protected SalesAdapters newAdapters() { return JdbcSales.adapters(cleanSchema()); }
 * }
 * }</pre>
 */
public abstract class SalesFaultContract {
  /** For subclasses. */
  protected SalesFaultContract() {}

  /**
   * Returns fresh, empty adapters; called once per run of a sweep.
   *
   * @return the adapters
   */
  protected abstract SalesAdapters newAdapters();

  /**
   * Checks that the sweep struck at least every call the use case must make (a fault at a call the
   * recovery makes strikes nothing: the plan is disarmed by then).
   */
  private static void swept(FaultSweep.Report report, int useCaseCalls) {
    assertThat(report.faultsInjected())
        .as("faults struck in " + report.calls() + " counted calls")
        .isGreaterThanOrEqualTo(2 * useCaseCalls);
  }

  /** Capture under every fault: one lead, its events once. */
  @Test
  void aLeadCaptureSurvivesEveryFault() {
    // find the candidates, save, append, commit, answer
    swept(FaultSweep.run(new LeadCaptureFaultScenario(this::newAdapters)), 5);
  }

  /** Conversion under every fault: one account, contact and opportunity; the same answer. */
  @Test
  void aLeadConversionSurvivesEveryFault() {
    // load the lead, save account, find and save contact, save opportunity, append, save lead,
    // append, commit, answer
    swept(FaultSweep.run(new LeadConversionFaultScenario(this::newAdapters)), 10);
  }

  /** An order through payment and fulfilment under every fault: paid once, shipped once. */
  @Test
  void anOrderThroughPaymentAndFulfilmentSurvivesEveryFault() {
    // place (save, append, commit, answer), then approve, pay and ship (load, save, append,
    // commit, answer each)
    swept(FaultSweep.run(new OrderFaultScenario(this::newAdapters)), 19);
  }
}
