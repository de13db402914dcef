package dev.revops.jdbc.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.revops.billing.Billing;
import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.PaymentStatus;
import dev.revops.billing.port.PaymentGateway;
import dev.revops.billing.port.memory.InMemoryPaymentGateway;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.service.OutboxRelay;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.billing.JdbcBillingStores;
import dev.revops.testkit.fault.billing.BillingFaultWorld;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The module README's two programmes, compiled and run here on H2 (through HikariCP, as a host's
 * pool); the test checks the README shows exactly these regions of code.
 */
class ReadmeExampleTest {
  static final Catalog catalog = BillingFaultWorld.CATALOG;
  static final PaymentGateway gateway = new InMemoryPaymentGateway();
  static final AccountId account = AccountId.of("acct-42");

  static HikariDataSource pool(String name) {
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  @Test
  void wiringAPlainJavaApp() {
    try (HikariDataSource dataSource = pool("readme-wiring")) {
      List<String> delivered = new ArrayList<>();
      InMemoryEventPublisher publisher = new InMemoryEventPublisher();
      publisher.subscribe(e -> delivered.add(e.type()));
      // readme:wiring:begin
      RevOpsDatabase db = RevOpsDatabase.on(dataSource).migrate(); // the host's pool; idempotent
      Billing billing =
          Billing.builder()
              .stores(JdbcBillingStores.of(db, gateway)) // every billing table, one gateway
              .unitOfWork(db.unitOfWork()) // one JDBC transaction per use case
              .outbox(db.outbox()) // events are rows, committed with their change
              .events(publisher)
              .clock(Clock.systemUTC())
              .catalog(catalog)
              .build();
      OutboxRelay relay = new OutboxRelay(db.outbox(), publisher); // at least once, in order
      db.unitOfWork().afterOutboxCommit(relay::deliverPendingQuietly); // or on a timer

      Payment paid = billing.payments().pay("order-42", account, Money.of("49.00", "USD"), null);
      // readme:wiring:end
      assertThat(paid.status()).isEqualTo(PaymentStatus.CAPTURED);
      assertThat(delivered).contains("PaymentRecorded");
      assertThat(db.outbox().pendingCount()).isZero();
    }
  }

  @Test
  void revopsInsideTheHostsOwnTransaction() throws SQLException {
    try (HikariDataSource dataSource = pool("readme-host")) {
      RevOpsDatabase db = RevOpsDatabase.on(dataSource).migrate();
      Billing billing =
          Billing.builder()
              .stores(JdbcBillingStores.of(db, gateway))
              .unitOfWork(db.unitOfWork())
              .outbox(db.outbox())
              .events(new InMemoryEventPublisher())
              .clock(Clock.systemUTC())
              .catalog(catalog)
              .build();
      execute(dataSource, "CREATE TABLE host_orders (id varchar(20) PRIMARY KEY)");
      NewSubscription request =
          NewSubscription.builder()
              .id(SubscriptionId.of("sub-42"))
              .account(account)
              .currency(Money.currency("USD"))
              .zone(ZoneOffset.UTC)
              .plan(catalog.plan("basic"))
              .startDate(LocalDate.of(2024, 4, 1))
              .build();
      // readme:host:begin
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
          s.executeUpdate("INSERT INTO host_orders (id) VALUES ('order-42')"); // the host's write
        }
        db.unitOfWork().joining(c, () -> billing.subscriptions().create(request)); // revops' write
        c.commit(); // both, or (on rollback) neither; revops never commits a host's connection
      }
      // readme:host:end
      assertThat(count(dataSource, "host_orders")).isEqualTo(1);
      assertThat(count(dataSource, "revops_subscriptions")).isEqualTo(1);
      assertThat(count(dataSource, "revops_outbox"))
          .as("its events, in the same commit")
          .isPositive();
    }
  }

  @Test
  void theReadmeShowsBothProgrammes() throws IOException {
    String source =
        Files.readString(
            Path.of("src/test/java/dev/revops/jdbc/readme/ReadmeExampleTest.java"),
            StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    for (String region : List.of("wiring", "host")) {
      String begin = "// readme:" + region + ":begin\n";
      int from = source.indexOf(begin) + begin.length();
      int to = source.indexOf("      // readme:" + region + ":end");
      String code = flatten(source.substring(from, to));
      assertThat(flatten(readme)).as("README shows the %s programme", region).contains(code);
    }
  }

  /** The text with each line's leading and trailing blanks removed. */
  static String flatten(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      out.append(line.strip()).append('\n');
    }
    return out.toString();
  }

  static void execute(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  static long count(DataSource ds, String table) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }
}
