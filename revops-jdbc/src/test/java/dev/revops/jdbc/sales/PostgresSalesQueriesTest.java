package dev.revops.jdbc.sales;

import dev.revops.jdbc.OneDatabase;
import dev.revops.jdbc.RevOpsDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sales query methods against the in-memory defaults, on PostgreSQL. */
class PostgresSalesQueriesTest extends SalesQueries {
  @RegisterExtension static final OneDatabase DB = OneDatabase.postgres("sales_queries");

  @Override
  RevOpsDatabase db() {
    return DB.get();
  }
}
