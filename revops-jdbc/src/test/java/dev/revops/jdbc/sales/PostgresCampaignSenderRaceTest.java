package dev.revops.jdbc.sales;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TwoPostgresInstances;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The campaign sender's races and faults on PostgreSQL with two app instances, the racing senders
 * alternating between them: one send per message and the frequency cap hold only if the database
 * holds them.
 */
class PostgresCampaignSenderRaceTest extends CampaignSenderRaceContract {
  @RegisterExtension
  static final TwoPostgresInstances PAIR = new TwoPostgresInstances("campaign_race");

  @Override
  List<RevOpsDatabase> instances() {
    return PAIR.databases();
  }

  @Override
  int rounds() {
    return 12;
  }
}
