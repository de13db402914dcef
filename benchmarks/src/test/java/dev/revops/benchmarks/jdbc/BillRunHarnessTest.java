package dev.revops.benchmarks.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.time.ManualClock;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The end-to-end bill run harness at a tiny scale: every account billed once, the floor's rows
 * equal to the bill run's, and the row-for-row check refusing a floor that differs.
 */
class BillRunHarnessTest {
  private static final int ACCOUNTS = 200;

  private static void assertBilledAndChecked(BillRunHarness.Result r, int accounts, int past) {
    assertThat(r.invoices()).isEqualTo(accounts);
    assertThat(r.failed()).isZero();
    assertThat(r.pastInvoices()).isEqualTo(past);
    // one invoice, one line, one outbox row per account, each equal to the floor's
    assertThat(r.checkedRows()).isEqualTo(3L * accounts);
    assertThat(r.runNanos()).isPositive();
    assertThat(r.floorNanos()).isPositive();
    assertThat(r.heapAtEnd()).isPositive();
  }

  @Test
  void billsEveryAccountOnceOnH2AndMatchesTheFloor() {
    BillRunHarness.Result r =
        BillRunHarness.run(BillRunHarness.Options.parse("--store", "h2", "--accounts", "200"));
    assertBilledAndChecked(r, ACCOUNTS, 0);
  }

  @Test
  void billsAgedSubscriptionsOnlyTheirNewPeriodOnH2() {
    BillRunHarness.Result r =
        BillRunHarness.run(
            BillRunHarness.Options.parse(
                "--store", "h2", "--accounts", "50", "--months-aged", "3", "--threads", "3"));
    // three past invoices per account, loaded; the run issues one more, for the target's period
    assertBilledAndChecked(r, 50, 150);
  }

  @Test
  @ExtendWith(PostgresAvailable.class)
  void billsEveryAccountOnceOnPostgresAndMatchesTheFloor() {
    BillRunHarness.Result r =
        BillRunHarness.run(
            BillRunHarness.Options.parse(
                "--store", "postgres", "--accounts", "200", "--months-aged", "1"));
    assertBilledAndChecked(r, ACCOUNTS, ACCOUNTS);
  }

  @Test
  void theRowForRowCheckRefusesAFloorThatDiffers() throws SQLException {
    ManualClock clock = new ManualClock(BillRunFloor.AT, ZoneOffset.UTC);
    try (HarnessSchema one = HarnessSchema.open("h2", null, "one", 3, clock);
        HarnessSchema other = HarnessSchema.open("h2", null, "other", 3, clock)) {
      BillRunFloor.insert(one, 20, 2);
      BillRunFloor.insert(other, 20, 1);
      assertThat(BillRunFloor.compare(one, other)).isEqualTo(60);
      try (Connection c = other.dataSource().getConnection();
          Statement s = c.createStatement()) {
        s.executeUpdate(
            "UPDATE revops_invoice_lines SET amount_minor = amount_minor + 1"
                + " WHERE invoice_id = 'fl-7'");
      }
      assertThatThrownBy(() -> BillRunFloor.compare(one, other))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("revops_invoice_lines differ")
          .hasMessageContaining("acct-0000007");
      try (Connection c = other.dataSource().getConnection();
          Statement s = c.createStatement()) {
        s.executeUpdate(
            "UPDATE revops_invoice_lines SET amount_minor = amount_minor - 1"
                + " WHERE invoice_id = 'fl-7'");
      }
      assertThat(BillRunFloor.compare(one, other)).isEqualTo(60);
      try (Connection c = one.dataSource().getConnection();
          Statement s = c.createStatement()) {
        s.executeUpdate("DELETE FROM revops_outbox WHERE aggregate_id = 'fl-19'");
      }
      assertThatThrownBy(() -> BillRunFloor.compare(other, one))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("revops_outbox: the bill run has more rows");
    }
  }
}
