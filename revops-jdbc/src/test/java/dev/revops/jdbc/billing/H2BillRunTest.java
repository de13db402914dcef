package dev.revops.jdbc.billing;

import dev.revops.core.time.ManualClock;
import dev.revops.jdbc.RevOpsDatabase;
import org.h2.jdbcx.JdbcConnectionPool;

/** The sharded bill run on H2. */
class H2BillRunTest extends BillRunContract {
  private static int seq;
  private final String url =
      "jdbc:h2:mem:billrun-" + (++seq) + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";

  @Override
  RevOpsDatabase open(ManualClock clock) {
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
    opened.add(pool::dispose);
    return RevOpsDatabase.on(pool, clock).migrate();
  }
}
