package dev.revops.jdbc.growth;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * For jqwik containers what {@code RequiresPostgres} is for JUnit classes: runs them only when the
 * PostgreSQL server answers; in CI ({@code CI=true}) a missing server fails them instead of
 * skipping.
 */
public final class PostgresOrSkip implements SkipExecutionHook {
  private static volatile Boolean available;
  private static volatile String reason;

  /** For jqwik. */
  public PostgresOrSkip() {}

  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    if (probe()) {
      return SkipResult.doNotSkip();
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true and the PostgreSQL suite must run, but " + reason);
    }
    return SkipResult.skip("skipped: " + reason);
  }

  private static synchronized boolean probe() {
    if (available == null) {
      String url = RevOpsDatabase.withoutPassword(TestDatabases.postgresUrl());
      try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl())) {
        available = c.isValid(5);
        reason = "PostgreSQL at " + url + " is not valid";
      } catch (SQLException e) {
        available = false;
        reason = "PostgreSQL at " + url + " does not answer (" + e.getMessage() + ")";
      }
    }
    return available;
  }
}
