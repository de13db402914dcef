package dev.revops.jdbc.sales;

import dev.revops.jdbc.OneDatabase;
import dev.revops.jdbc.RevOpsDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The campaign and marketing stores on PostgreSQL, in a schema of its own. */
class PostgresCampaignStoresTest extends CampaignStoresContract {
  @RegisterExtension static final OneDatabase DB = OneDatabase.postgres("campaign_stores");

  @Override
  RevOpsDatabase db() {
    return DB.get();
  }
}
