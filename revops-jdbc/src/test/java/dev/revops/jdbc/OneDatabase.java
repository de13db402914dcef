package dev.revops.jdbc;

import java.time.Clock;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One database for a test class, registered on a static field with {@code @RegisterExtension}:
 * opened before the class's tests (an H2 database in memory, or a PostgreSQL schema of the class's
 * own, migrated) and closed after them (the schema dropped). A PostgreSQL one is also the class's
 * {@link RequiresPostgres} condition, which decides first whether the class runs.
 */
public final class OneDatabase implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {
  private final String label;
  private final ExecutionCondition condition;
  private final Supplier<AutoCloseable> opener;
  private AutoCloseable owner;
  private RevOpsDatabase db;

  private OneDatabase(String label, ExecutionCondition condition, Supplier<AutoCloseable> opener) {
    this.label = label;
    this.condition = condition;
    this.opener = opener;
  }

  /**
   * An H2 database in memory.
   *
   * @param label the database's label
   * @return the extension
   */
  public static OneDatabase h2(String label) {
    return new OneDatabase(
        label,
        c -> ConditionEvaluationResult.enabled("H2 in memory"),
        () -> TestDatabases.h2(label));
  }

  /**
   * A PostgreSQL schema of its own, migrated, on the system clock; the class runs as {@link
   * RequiresPostgres} decides.
   *
   * @param label the schema's label
   * @return the extension
   */
  public static OneDatabase postgres(String label) {
    return new OneDatabase(label, new RequiresPostgres(), () -> TestDatabases.postgres(label));
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return condition.evaluateExecutionCondition(context);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    owner = opener.get();
    db =
        owner instanceof TestDatabases.PostgresSchema schema
            ? schema.open(Clock.systemUTC())
            : (RevOpsDatabase) owner;
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (owner != null) {
      owner.close();
    }
  }

  /**
   * Returns the open database.
   *
   * @return the database
   * @throws IllegalStateException before the class's tests start
   */
  public RevOpsDatabase get() {
    if (db == null) {
      throw new IllegalStateException("the database " + label + " is not open yet");
    }
    return db;
  }
}
