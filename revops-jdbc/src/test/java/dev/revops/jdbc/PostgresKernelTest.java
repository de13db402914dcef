package dev.revops.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.revops.billing.invoice.Invoice;
import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.time.ManualClock;
import dev.revops.jdbc.billing.JdbcInvoiceRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The kernel contract on PostgreSQL (two pools on one schema of its own). */
@ExtendWith(RequiresPostgres.class)
class PostgresKernelTest extends KernelContract {
  private static TestDatabases.PostgresSchema schema;

  @BeforeAll
  static void create() {
    schema = TestDatabases.postgres("kernel");
  }

  @AfterAll
  static void drop() {
    schema.close();
  }

  @Override
  protected RevOpsDatabase open(ManualClock clock) {
    HikariDataSource pool = schema.newPool();
    closeLater(pool);
    return RevOpsDatabase.on(pool, clock).migrate();
  }

  @Override
  protected DataSource raw() {
    return schema.dataSource();
  }

  /**
   * A save that changes only the invoice leaves its line rows as they are: the same row versions
   * ({@code xmin}, the transaction that last wrote a row), where a delete and insert would make new
   * ones.
   */
  @Test
  void aSaveThatChangesOnlyTheInvoiceWritesNoLineRow() throws SQLException {
    JdbcInvoiceRepository invoices = new JdbcInvoiceRepository(db.database());
    Invoice v1 = invoices.save(Fixtures.addLine(Fixtures.invoice(7), 1), Aggregate.NEW);
    List<String> before = lineVersions("inv-7");
    assertThat(before).hasSize(2);
    Invoice v2 = invoices.save(v1, v1.version());
    assertThat(lineVersions("inv-7")).isEqualTo(before);
    invoices.save(Fixtures.addLine(v2, 2), v2.version());
    assertThat(lineVersions("inv-7")).hasSize(3).doesNotContainAnyElementsOf(before);
  }

  private List<String> lineVersions(String invoice) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = raw().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT xmin::text FROM revops_invoice_lines WHERE invoice_id = ? ORDER BY line_no")) {
      s.setString(1, invoice);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(r.getString(1));
        }
      }
    }
    return out;
  }
}
