package dev.revops.jdbc.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.Billing;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceStatus;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.port.memory.InMemoryPaymentGateway;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.ManualClock;
import dev.revops.jdbc.FinanceQueries;
import dev.revops.jdbc.RequiresPostgres;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
import dev.revops.jdbc.billing.JdbcBillingStores;
import dev.revops.testkit.fault.billing.BillingFaultWorld;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's finance queries, run as written on PostgreSQL against six months of billing for
 * three accounts (one pays everything, one stops paying in April, one never pays), and checked
 * against the same figures computed from the repositories.
 */
@ExtendWith(RequiresPostgres.class)
class FinanceQueriesTest {
  static final LocalDate JANUARY = LocalDate.of(2024, 1, 1);
  static final LocalDate AS_OF = LocalDate.of(2024, 6, 1); // the latest invoice's day

  private static TestDatabases.PostgresSchema schema;
  private static RevOpsDatabase db;
  private static final List<Invoice> issued = new ArrayList<>();

  @BeforeAll
  static void billSixMonths() {
    schema = TestDatabases.postgres("finance");
    ManualClock clock =
        new ManualClock(JANUARY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    db = RevOpsDatabase.on(schema.dataSource(), clock).migrate();
    Billing billing =
        Billing.builder()
            .stores(JdbcBillingStores.of(db, new InMemoryPaymentGateway()))
            .unitOfWork(db.unitOfWork())
            .outbox(db.outbox())
            .events(new InMemoryEventPublisher())
            .clock(clock)
            .catalog(BillingFaultWorld.CATALOG)
            .terms(PaymentTerms.net(30))
            .invoiceIds(new SequentialIdGenerator("inv"))
            .paymentIds(new SequentialIdGenerator("pay"))
            .build();
    for (int a = 0; a < 3; a++) {
      billing
          .subscriptions()
          .create(
              NewSubscription.builder()
                  .id(SubscriptionId.of("sub-" + a))
                  .account(AccountId.of("acct-" + a))
                  .currency(BillingFaultWorld.FEE.currency())
                  .zone(ZoneOffset.UTC)
                  .plan(BillingFaultWorld.CATALOG.plan("basic"))
                  .startDate(JANUARY)
                  .build());
    }
    for (int month = 0; month < 6; month++) {
      LocalDate day = JANUARY.plusMonths(month);
      clock.advance(
          java.time.Duration.between(
              clock.instant(), day.atStartOfDay(ZoneOffset.UTC).toInstant()));
      for (int a = 0; a < 3; a++) {
        for (Invoice i : billing.billingCycle().issue(AccountId.of("acct-" + a), day, null)) {
          boolean pays = a == 0 || (a == 1 && month < 3);
          if (pays) {
            billing.payments().pay("pay-" + i.id().value(), i.account(), i.amountDue(), i.id());
          }
          issued.add(i);
        }
      }
    }
  }

  @AfterAll
  static void drop() {
    schema.close();
  }

  static Map<String, String> queries() {
    return FinanceQueries.postgres();
  }

  static List<List<String>> run(String sql) throws SQLException {
    return run(schema, sql);
  }

  /** Runs a query on a schema; numbers as plain strings without trailing zeros. */
  static List<List<String>> run(TestDatabases.PostgresSchema on, String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Connection c = on.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          Object v = r.getObject(i);
          row.add(
              v instanceof BigDecimal d
                  ? d.stripTrailingZeros().toPlainString()
                  : String.valueOf(v));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  @Test
  void theReadmeShowsEveryQueryAsShipped() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertThat(queries())
        .containsKeys("mrr-by-month", "ar-aging", "contact-log", "contacts-blocked-by-rule");
    for (Map.Entry<String, String> q : queries().entrySet()) {
      assertThat(readme).as(q.getKey()).contains("-- query: " + q.getKey() + "\n" + q.getValue());
    }
  }

  @Test
  void mrrByMonthIsThreeFeesInEachBilledMonth() throws Exception {
    List<List<String>> rows = run(queries().get("mrr-by-month"));
    String fee = BillingFaultWorld.FEE.times(3).amount().stripTrailingZeros().toPlainString();
    List<List<String>> expected = new ArrayList<>();
    for (int month = 0; month < 6; month++) {
      expected.add(List.of(JANUARY.plusMonths(month).toString(), "USD", fee));
    }
    assertThat(rows).isEqualTo(expected);
  }

  @Test
  void arAgingMatchesTheOpenInvoicesByDaysPastDue() throws Exception {
    Map<String, long[]> buckets = new TreeMap<>();
    for (Invoice i : issued) {
      Invoice now = new dev.revops.jdbc.billing.JdbcInvoiceRepository(db.database()).get(i.id());
      if (now.status() != InvoiceStatus.OPEN || now.amountDue().isZero()) {
        continue;
      }
      long days = ChronoUnit.DAYS.between(now.dueOn(), AS_OF);
      String bucket =
          days <= 0
              ? "current"
              : days <= 30 ? "1-30" : days <= 60 ? "31-60" : days <= 90 ? "61-90" : "90+";
      long[] b = buckets.computeIfAbsent(bucket, k -> new long[2]);
      b[0]++;
      b[1] += now.amountDue().minor();
    }
    assertThat(buckets)
        .as("the seeded data has unpaid invoices in several buckets")
        .hasSizeGreaterThan(2);
    List<List<String>> rows = run(queries().get("ar-aging"));
    Map<String, long[]> fromSql = new TreeMap<>();
    for (List<String> row : rows) {
      assertThat(row.get(1)).isEqualTo("USD");
      long minor = Money.of(row.get(3), "USD").minor();
      fromSql.put(row.get(0), new long[] {Long.parseLong(row.get(2)), minor});
    }
    assertThat(fromSql.keySet()).isEqualTo(buckets.keySet());
    for (String k : buckets.keySet()) {
      assertThat(fromSql.get(k)).as(k).containsExactly(buckets.get(k));
    }
  }
}
