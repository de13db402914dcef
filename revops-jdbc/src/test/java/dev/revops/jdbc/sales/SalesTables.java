package dev.revops.jdbc.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.jdbc.Dialect;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import dev.revops.jdbc.table.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/** The tables the sales tests empty (children before parents), and the query plans they check. */
final class SalesTables {
  /** The sales tables and the kernel tables the sales stores and suites write. */
  static final List<String> ALL =
      TestDatabases.join(
          TestDatabases.SALES, TestDatabases.OUTBOX_AND_LOCKS, TestDatabases.PARTIES);

  private SalesTables() {}

  /**
   * Empties every table the sales stores write.
   *
   * @param db the database
   * @return the database
   */
  static RevOpsDatabase clear(RevOpsDatabase db) {
    return TestDatabases.clear(db, ALL);
  }

  /**
   * Explains a query (PostgreSQL: with sequential scans off) and checks that its plan reads the
   * index and scans no table.
   *
   * @param db the database
   * @param sql the query
   * @param params binds its parameters from index 1
   * @param index the index the plan names
   */
  static void assertIndexed(RevOpsDatabase db, String sql, Sql.Binder<Void> params, String index) {
    String plan =
        db.unitOfWork()
            .inTransaction(
                () ->
                    db.unitOfWork()
                        .call(
                            "explain",
                            "(plan)",
                            c -> {
                              if (db.dialect() == Dialect.POSTGRESQL) {
                                try (Statement s = c.createStatement()) {
                                  s.execute("SET LOCAL enable_seqscan = off");
                                }
                              }
                              try (PreparedStatement s = c.prepareStatement("EXPLAIN " + sql)) {
                                params.bind(s, 1, null);
                                StringBuilder out = new StringBuilder();
                                try (ResultSet r = s.executeQuery()) {
                                  while (r.next()) {
                                    out.append(r.getString(1)).append('\n');
                                  }
                                }
                                return out.toString();
                              }
                            }));
    String lower = plan.toLowerCase(Locale.ROOT);
    assertThat(lower).as("plan of %s:%n%s", sql, plan).contains(index);
    assertThat(lower).as("plan of %s:%n%s", sql, plan).doesNotContain("seq scan");
    assertThat(lower).as("plan of %s:%n%s", sql, plan).doesNotContain("tablescan");
  }
}
