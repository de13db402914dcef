package dev.revops.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Migrations on PostgreSQL: twice is a no-op, and the types are PostgreSQL's own. */
@ExtendWith(RequiresPostgres.class)
class PostgresMigrationTest {
  @Test
  void migratingTwiceIsANoOpAndDocumentsAreJsonb() throws SQLException {
    try (TestDatabases.PostgresSchema schema = TestDatabases.postgres("migrate")) {
      RevOpsDatabase db = schema.open(Clock.systemUTC());
      assertThat(db.dialect()).isEqualTo(Dialect.POSTGRESQL);
      db.migrate().checkSchema();
      try (Connection c = schema.dataSource().getConnection();
          Statement s = c.createStatement()) {
        try (ResultSet r =
            s.executeQuery(
                "SELECT count(*) FROM revops_schema_history WHERE success AND version IS NOT NULL")) {
          r.next();
          assertThat(r.getInt(1))
              .isEqualTo(Migrations.PER_DIALECT.size() + Migrations.COMMON.size());
        }
        try (ResultSet r =
            s.executeQuery(
                "SELECT data_type FROM information_schema.columns WHERE table_schema = '"
                    + schema.schema()
                    + "' AND table_name = 'revops_invoices' AND column_name = 'body'")) {
          r.next();
          assertThat(r.getString(1)).isEqualTo("jsonb");
        }
      }
    }
  }
}
