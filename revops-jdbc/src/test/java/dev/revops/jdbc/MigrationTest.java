package dev.revops.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Migrations, schema versions and connection errors (H2; the PostgreSQL runs are below). */
class MigrationTest {
  @Test
  void migratingTwiceIsANoOp() throws SQLException {
    try (RevOpsDatabase db = RevOpsDatabase.h2InMemory("migrate-twice")) {
      db.migrate();
      int applied = historyRows(db);
      db.migrate().checkSchema();
      assertThat(historyRows(db)).isEqualTo(applied);
      assertThat(applied)
          .as("the dialect's types and the shared parts")
          .isEqualTo(Migrations.PER_DIALECT.size() + Migrations.COMMON.size());
    }
  }

  @Test
  void aDatabaseWithANewerSchemaIsRefusedNamingBothVersions() throws SQLException {
    try (RevOpsDatabase db = RevOpsDatabase.h2InMemory("newer")) {
      db.migrate();
      execute(
          db,
          "INSERT INTO \"revops_schema_history\" (\"installed_rank\", \"version\", \"description\","
              + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\","
              + " \"success\") VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0,"
              + " 'test', 0, TRUE)");
      assertThatThrownBy(db::migrate)
          .isInstanceOfSatisfying(
              SchemaVersionException.class,
              e -> {
                assertThat(e.databaseVersion()).isEqualTo("99");
                assertThat(e.codeVersion()).isEqualTo(RevOpsDatabase.schemaVersion());
              })
          .hasMessageContaining("version 99")
          .hasMessageContaining("expects version " + RevOpsDatabase.schemaVersion());
      assertThatThrownBy(db::checkSchema).isInstanceOf(SchemaVersionException.class);
    }
  }

  @Test
  void anUnmigratedDatabaseFailsTheCheckAndNamesTheMigration() {
    try (RevOpsDatabase db = RevOpsDatabase.h2InMemory("unmigrated")) {
      assertThatThrownBy(db::checkSchema)
          .isInstanceOfSatisfying(
              SchemaVersionException.class, e -> assertThat(e.databaseVersion()).isEqualTo("none"))
          .hasMessageContaining("migrate");
    }
  }

  @Test
  void aDataSourceThatCannotConnectNamesItsUrlWithoutThePassword() {
    UrlDataSource ds =
        new UrlDataSource("jdbc:postgresql://127.0.0.1:1/test?user=postgres&password=s3cret");
    assertThatThrownBy(() -> RevOpsDatabase.on(ds))
        .isInstanceOfSatisfying(
            DatabaseUnavailableException.class,
            e -> assertThat(e.url()).contains("127.0.0.1:1").doesNotContain("s3cret"))
        .hasMessageStartingWith("cannot connect to jdbc:postgresql://127.0.0.1:1/test")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void passwordsAreRemovedFromEveryUrlShape() {
    assertThat(RevOpsDatabase.withoutPassword("jdbc:postgresql://h/db?user=u&password=x&ssl=true"))
        .isEqualTo("jdbc:postgresql://h/db?user=u&password=***&ssl=true");
    assertThat(RevOpsDatabase.withoutPassword("jdbc:h2:file:/tmp/x;USER=sa;PASSWORD=x"))
        .isEqualTo("jdbc:h2:file:/tmp/x;USER=sa;PASSWORD=***");
    assertThat(RevOpsDatabase.withoutPassword("jdbc:postgresql://u:secret@h:5432/db"))
        .isEqualTo("jdbc:postgresql://***@h:5432/db");
  }

  @Test
  void aDatabaseThatIsNeitherPostgresNorH2IsNamed() {
    assertThatThrownBy(() -> Dialect.of(new FakeProduct("SQLite").connection()))
        .isInstanceOf(UnsupportedDatabaseException.class)
        .hasMessageContaining("\"SQLite\"");
  }

  @Test
  void theMigrationListIsExactlyTheFilesShipped() throws IOException, URISyntaxException {
    Path root =
        Paths.get(Migrations.class.getResource("/dev/revops/jdbc/migration/common").toURI())
            .getParent();
    assertThat(names(root.resolve("common"))).containsExactlyElementsOf(Migrations.COMMON);
    for (Dialect d : Dialect.values()) {
      assertThat(names(root.resolve(d.migrationFolder())))
          .containsExactlyElementsOf(Migrations.PER_DIALECT);
    }
    String last = Migrations.COMMON.get(Migrations.COMMON.size() - 1);
    assertThat(last).startsWith("V" + RevOpsDatabase.schemaVersion() + "__");
  }

  @Test
  void anH2DataSourceIsDescribedByItsUrl() {
    UrlDataSource ds = new UrlDataSource("jdbc:h2:mem:described;PASSWORD=pw");
    assertThat(RevOpsDatabase.describe(ds)).isEqualTo("jdbc:h2:mem:described;PASSWORD=***");
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static int historyRows(RevOpsDatabase db) {
    return db.unitOfWork()
        .call(
            "count",
            "revops_schema_history",
            c -> {
              try (Statement s = c.createStatement();
                  ResultSet r =
                      s.executeQuery(
                          "SELECT count(*) FROM \"revops_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
                r.next();
                return r.getInt(1);
              }
            });
  }

  private static void execute(RevOpsDatabase db, String sql) {
    db.unitOfWork()
        .call(
            "execute",
            "revops_schema_history",
            c -> {
              try (Statement s = c.createStatement()) {
                s.executeUpdate(sql);
              }
              return null;
            });
  }

  /** A data source over {@link java.sql.DriverManager} with a URL getter, as pools have. */
  public static final class UrlDataSource extends BareDataSource {
    private final String url;

    UrlDataSource(String url) {
      this.url = url;
    }

    /**
     * Returns the URL.
     *
     * @return the URL
     */
    public String getUrl() {
      return url;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return java.sql.DriverManager.getConnection(url);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return java.sql.DriverManager.getConnection(url, user, password);
    }
  }

  /** A connection whose metadata names another database product. */
  record FakeProduct(String product) {
    Connection connection() {
      java.sql.DatabaseMetaData meta =
          (java.sql.DatabaseMetaData)
              java.lang.reflect.Proxy.newProxyInstance(
                  MigrationTest.class.getClassLoader(),
                  new Class<?>[] {java.sql.DatabaseMetaData.class},
                  (p, m, a) -> m.getName().equals("getDatabaseProductName") ? product : null);
      return (Connection)
          java.lang.reflect.Proxy.newProxyInstance(
              MigrationTest.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (p, m, a) -> m.getName().equals("getMetaData") ? meta : null);
    }
  }
}
