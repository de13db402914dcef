package dev.revops.jdbc.sales;

import dev.revops.jdbc.OneDatabase;
import dev.revops.jdbc.RevOpsDatabase;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The campaign sender's races and faults on H2: the racing senders share one database (its pool of
 * connections), each with its own stores, and serialise on its row locks.
 */
class H2CampaignSenderRaceTest extends CampaignSenderRaceContract {
  @RegisterExtension static final OneDatabase DB = OneDatabase.h2("campaign-race");

  @Override
  List<RevOpsDatabase> instances() {
    return List.of(DB.get());
  }

  @Override
  int rounds() {
    return 20;
  }
}
