package dev.revops.jdbc;

import java.time.Clock;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One database for a test class, registered on a static field with {@code @RegisterExtension}:
 * opened before the class's tests (an H2 database in memory, or a PostgreSQL schema of the class's
 * own, migrated) and closed after them (the schema dropped). A PostgreSQL class also carries
 * {@code @ExtendWith(RequiresPostgres.class)}, which decides first whether it runs.
 */
public final class OneDatabase implements BeforeAllCallback, AfterAllCallback {
  private final String label;
  private final Supplier<AutoCloseable> opener;
  private AutoCloseable owner;
  private RevOpsDatabase db;

  private OneDatabase(String label, Supplier<AutoCloseable> opener) {
    this.label = label;
    this.opener = opener;
  }

  /**
   * An H2 database in memory.
   *
   * @param label the database's label
   * @return the extension
   */
  public static OneDatabase h2(String label) {
    return new OneDatabase(label, () -> TestDatabases.h2(label));
  }

  /**
   * A PostgreSQL schema of its own, migrated, on the system clock.
   *
   * @param label the schema's label
   * @return the extension
   */
  public static OneDatabase postgres(String label) {
    return new OneDatabase(label, () -> TestDatabases.postgres(label));
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
