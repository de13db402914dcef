package dev.revops.jdbc.collections;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TwoPostgresInstances;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The activity-log contract on PostgreSQL, in a schema of its own: two application instances are
 * two {@link RevOpsDatabase} objects, each over a HikariCP pool of its own on the schema.
 */
class PostgresActivityLogTest extends ActivityLogContract {
  @RegisterExtension
  static final TwoPostgresInstances PAIR = new TwoPostgresInstances("activity_log");

  @Override
  RevOpsDatabase db() {
    return PAIR.databases().get(0);
  }

  @Override
  RevOpsDatabase otherInstance() {
    return PAIR.databases().get(1);
  }
}
