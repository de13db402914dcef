package dev.revops.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Two app instances on one PostgreSQL schema, for a race suite: two {@link RevOpsDatabase} objects
 * over two connection pools, so only the database's row locks and constraints hold the rules
 * between them. Registered on a static field with {@code @RegisterExtension}; it is also the
 * class's {@link RequiresPostgres} condition, which decides first whether the class runs. The
 * schema is made before the class's tests and dropped after them.
 */
public final class TwoPostgresInstances
    implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {
  private final RequiresPostgres condition = new RequiresPostgres();
  private final String label;
  private TestDatabases.PostgresSchema schema;
  private HikariDataSource secondPool;
  private List<RevOpsDatabase> databases;

  /**
   * Creates the pair.
   *
   * @param label the schema's label (a per-class schema is made from it)
   */
  public TwoPostgresInstances(String label) {
    this.label = label;
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return condition.evaluateExecutionCondition(context);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    schema = TestDatabases.postgres(label);
    RevOpsDatabase first = schema.open(Clock.systemUTC());
    secondPool = schema.newPool();
    databases = List.of(first, RevOpsDatabase.on(secondPool).checkSchema());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (secondPool != null) {
      secondPool.close();
    }
    if (schema != null) {
      schema.close();
    }
  }

  /**
   * Returns the two instances, the migrated one first.
   *
   * @return two databases on one schema
   * @throws IllegalStateException before the class's tests start
   */
  public List<RevOpsDatabase> databases() {
    if (databases == null) {
      throw new IllegalStateException("the PostgreSQL pair for " + label + " is not open yet");
    }
    return databases;
  }
}
