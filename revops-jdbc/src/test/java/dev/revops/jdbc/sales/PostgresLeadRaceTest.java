package dev.revops.jdbc.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TwoPostgresInstances;
import dev.revops.testkit.fault.sales.LeadRaceContract;
import dev.revops.testkit.fault.sales.SalesAdapters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * revops-testkit's lead races on PostgreSQL, as two app instances: two {@link RevOpsDatabase}
 * objects over two pools on one schema, the racing threads split between them ({@link
 * TwoInstances}), so one lead per e-mail and one conversion per lead hold across instances.
 */
class PostgresLeadRaceTest extends LeadRaceContract {
  @RegisterExtension static final TwoPostgresInstances PAIR = new TwoPostgresInstances("lead_race");

  private TwoInstances last;

  @Override
  protected SalesAdapters newAdapters() {
    last = TwoInstances.of(PAIR.databases().get(0), PAIR.databases().get(1));
    return last.adapters();
  }

  @AfterEach
  void bothInstancesServed() {
    assertThat(last.instancesUsed()).as("instances that served the last round").isEqualTo(2);
  }
}
