package dev.revops.benchmarks.jdbc;

import dev.revops.jdbc.RevOpsDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test only when the PostgreSQL server of {@code REVOPS_PG_URL} answers, the convention of
 * revops-jdbc's own PostgreSQL suite: in CI ({@code CI=true}) a missing server fails the test with
 * a one-line reason; elsewhere the test is reported as skipped, with the reason.
 */
public final class PostgresAvailable implements ExecutionCondition {
  /** For JUnit. */
  public PostgresAvailable() {}

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String url = Databases.pgUrl();
    String shown = RevOpsDatabase.withoutPassword(url);
    String reason;
    try (Connection c = DriverManager.getConnection(url)) {
      reason = c.isValid(5) ? null : "PostgreSQL at " + shown + " is not valid";
    } catch (SQLException e) {
      reason = "PostgreSQL at " + shown + " does not answer (" + e.getMessage() + ")";
    }
    if (reason == null) {
      return ConditionEvaluationResult.enabled("PostgreSQL answers at " + shown);
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new ExtensionConfigurationException(
          "CI=true and the PostgreSQL suite must run, but " + reason);
    }
    return ConditionEvaluationResult.disabled("skipped: " + reason);
  }
}
