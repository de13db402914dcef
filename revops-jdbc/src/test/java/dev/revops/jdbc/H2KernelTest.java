package dev.revops.jdbc;

import dev.revops.core.time.ManualClock;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/** The kernel contract on H2 (two pools on one in-memory database). */
class H2KernelTest extends KernelContract {
  private static int seq;
  private final String url =
      "jdbc:h2:mem:kernel-" + (++seq) + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
  private JdbcConnectionPool raw;

  @Override
  protected RevOpsDatabase open(ManualClock clock) {
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
    closeLater(pool::dispose);
    return RevOpsDatabase.on(pool, clock).migrate();
  }

  @Override
  protected DataSource raw() {
    if (raw == null) {
      raw = JdbcConnectionPool.create(url, "sa", "");
      closeLater(raw::dispose);
    }
    return raw;
  }
}
