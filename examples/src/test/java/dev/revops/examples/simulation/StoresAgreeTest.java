package dev.revops.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.billing.JdbcRetirementStores;
import dev.revops.jdbc.sales.JdbcReferralStores;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same seeded run on the in-memory defaults, on H2 and on PostgreSQL gives the same books, to
 * the cent, and the same months, activities, cohorts and funnel. The PostgreSQL run must happen in
 * CI ({@code CI=true}); elsewhere it is skipped when no server answers.
 */
class StoresAgreeTest {
  static final SimulationConfig CONFIG = SimulationConfig.of(150, 6, 42);
  static SimulationResult memory;

  @BeforeAll
  static void runInMemory() {
    memory = new RevenueSimulation(CONFIG, Backend.memory()).run(d -> {});
  }

  static void assertSameRun(SimulationResult other) {
    assertThat(other.ledger()).isEqualTo(memory.ledger());
    assertThat(other.months()).isEqualTo(memory.months());
    assertThat(other.activities()).isEqualTo(memory.activities());
    assertThat(other.cohorts()).isEqualTo(memory.cohorts());
    assertThat(other.funnel()).isEqualTo(memory.funnel());
    assertThat(other.projected()).isEqualTo(memory.projected());
    assertThat(GrowthText.lines(other.growth())).isEqualTo(GrowthText.lines(memory.growth()));
  }

  @Test
  void h2GivesTheSameRunAsMemory() {
    try (RevOpsDatabase db = RevOpsDatabase.h2InMemory("stores-agree").migrate()) {
      assertSameRun(new RevenueSimulation(CONFIG, Backend.database(db)).run(d -> {}));
      assertThat(db.outbox().pendingCount()).as("every event relayed").isZero();
      assertThat(db.outbox().deliveredCount()).isPositive();
      // the referral programme and the plan retirement ran on the database's tables
      long referrals =
          memory.growth().referrals().byStatus().values().stream().mapToLong(Long::longValue).sum();
      assertThat(referrals).isPositive();
      assertThat(JdbcReferralStores.of(db).referrals().findAll()).hasSize((int) referrals);
      assertThat(JdbcReferralStores.of(db).codes().findAll())
          .hasSize(memory.growth().referrals().codesIssued());
      RetirementSummary retired = memory.growth().retirement();
      assertThat(JdbcRetirementStores.of(db).migrations().findAll())
          .hasSize(retired == null ? 0 : (int) retired.notices());
    }
  }

  @Test
  void postgresGivesTheSameRunAsMemory() throws SQLException {
    String url = postgresUrl();
    String schema = "revops_agree_" + ProcessHandle.current().pid();
    try (Connection c = DriverManager.getConnection(url)) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE SCHEMA " + schema);
      }
      try (HikariDataSource pool = new HikariDataSource()) {
        pool.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        RevOpsDatabase db = RevOpsDatabase.on(pool).migrate();
        assertSameRun(new RevenueSimulation(CONFIG, Backend.database(db)).run(d -> {}));
      } finally {
        try (Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
      }
    }
  }

  /** The server's URL, or a skip (a failure when {@code CI=true}) when it does not answer. */
  static String postgresUrl() {
    String url = System.getenv("REVOPS_PG_URL");
    if (url == null || url.isBlank()) {
      url = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    }
    try (Connection c = DriverManager.getConnection(url)) {
      return url;
    } catch (SQLException e) {
      String reason = "PostgreSQL at " + RevOpsDatabase.withoutPassword(url) + " does not answer";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(
            "CI=true and the PostgreSQL run must happen, but " + reason, e);
      }
      Assumptions.abort("skipped: " + reason);
      return url;
    }
  }
}
