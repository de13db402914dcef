package dev.revops.jdbc.collections;

import dev.revops.jdbc.RevOpsDatabase;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The activity-log contract on H2: two application instances are two {@link RevOpsDatabase}
 * objects, each with a connection pool of its own, on one in-memory database.
 */
class H2ActivityLogTest extends ActivityLogContract {
  private static RevOpsDatabase db;
  private static RevOpsDatabase other;

  @BeforeAll
  static void open() {
    String name = "activity-log-" + UUID.randomUUID();
    db = RevOpsDatabase.h2InMemory(name).migrate();
    other = RevOpsDatabase.h2InMemory(name).checkSchema();
  }

  @AfterAll
  static void close() {
    other.close();
    db.close();
  }

  @Override
  RevOpsDatabase db() {
    return db;
  }

  @Override
  RevOpsDatabase otherInstance() {
    return other;
  }
}
