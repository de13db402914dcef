package dev.revops.jdbc.sales;

import dev.revops.jdbc.OneDatabase;
import dev.revops.jdbc.RevOpsDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The campaign and marketing stores on H2. */
class H2CampaignStoresTest extends CampaignStoresContract {
  @RegisterExtension static final OneDatabase DB = OneDatabase.h2("campaign-stores");

  @Override
  RevOpsDatabase db() {
    return DB.get();
  }
}
