package dev.revops.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.collections.activity.ActivityType;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SimulationProperties {
  /**
   * Any seed and size: the books balance, MRR reconciles, contacts made were allowed, and the
   * event-stream projection agrees with the batch calculators.
   */
  @Property(tries = 1000)
  void anyRunReconciles(@ForAll long seed, @ForAll @IntRange(min = 4, max = 12) int accounts) {
    SimulationResult r = RevenueSimulation.run(SimulationConfig.of(accounts, 2, seed));
    assertThat(r.ledger().balances()).isTrue();
    assertThat(r.last().aging().total()).isEqualTo(r.ledger().receivables());
    assertThat(r.months().get(1).mrr().mrrAtStart()).isEqualTo(r.months().get(0).mrr().mrrAtEnd());
    assertThat(r.activities())
        .filteredOn(a -> r.contactsMade().contains(a.id()))
        .allMatch(a -> a.type() == ActivityType.ATTEMPT_ALLOWED);
    assertThat(SimulationReport.agreeingMonths(r)).isEqualTo(r.months().size());
  }
}
