package dev.revops.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only when the PostgreSQL server answers. In CI ({@code CI=true}) a missing
 * server fails the class with a one-line reason instead: there the PostgreSQL suite must run.
 * Elsewhere the class is reported as skipped, with the reason.
 */
public final class RequiresPostgres implements ExecutionCondition {
  private static volatile String unavailable;
  private static volatile boolean checked;

  /** For JUnit. */
  public RequiresPostgres() {}

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String reason = probe();
    if (reason == null) {
      return ConditionEvaluationResult.enabled("PostgreSQL answers at " + url());
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new ExtensionConfigurationException(
          "CI=true and the PostgreSQL suite must run, but " + reason);
    }
    return ConditionEvaluationResult.disabled("skipped: " + reason);
  }

  private static String url() {
    return RevOpsDatabase.withoutPassword(TestDatabases.postgresUrl());
  }

  private static synchronized String probe() {
    if (!checked) {
      try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl())) {
        unavailable = c.isValid(5) ? null : "PostgreSQL at " + url() + " is not valid";
      } catch (SQLException e) {
        unavailable = "PostgreSQL at " + url() + " does not answer (" + e.getMessage() + ")";
      }
      checked = true;
    }
    return unavailable;
  }
}
