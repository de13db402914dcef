package dev.revops.benchmarks.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.LineType;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.id.AccountId;
import dev.revops.core.json.RevOpsJson;
import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;
import dev.revops.jdbc.billing.JdbcInvoiceRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link JdbcInvoiceRepository} against plain JDBC running the same statements: saving a new
 * invoice with three lines (its row with the promoted columns and the JSON body, and one row per
 * line, in one transaction on a pooled connection) and finding one by id (the version and body,
 * read back into an {@link Invoice}). The floor serialises with the same mapper, so the ratio is
 * what the adapter adds: its version check, binding through column descriptors, the unit of work.
 * The setup checks an invoice written by the floor reads back through the repository equal to one
 * written by the repository.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RepositoryBenchmark {
  private static final Currency USD = Currency.getInstance("USD");
  private static final DateRange APRIL =
      new DateRange(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1));
  private static final int SEEDED = 5_000;

  /** Where: {@code h2} (in memory) or {@code postgres}. */
  @Param({"h2", "postgres"})
  public String store;

  private Databases databases;
  private JdbcInvoiceRepository repo;
  private ObjectMapper json;
  private long next;
  private SplittableRandom random;

  static Invoice invoice(String id) {
    return Invoice.draft()
        .id(InvoiceId.of(id))
        .account(AccountId.of("acct-" + id.hashCode() % 100))
        .currency(USD)
        .lines(
            List.of(
                new InvoiceLine(
                    LineType.RECURRING,
                    "Pro plan",
                    Money.ofMinor(4900, USD),
                    1,
                    APRIL,
                    "sub-" + id,
                    "pro"),
                new InvoiceLine(
                    LineType.USAGE,
                    "API calls",
                    Money.ofMinor(1250, USD),
                    125,
                    APRIL,
                    "sub-" + id,
                    "api"),
                InvoiceLine.of(LineType.ONE_TIME, "Setup", Money.ofMinor(10000, USD), APRIL)))
        .terms(PaymentTerms.net(30))
        .build();
  }

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    databases = Databases.open(store, "repo");
    repo = new JdbcInvoiceRepository(databases.db().database());
    json = RevOpsJson.mapper();
    random = new SplittableRandom(42);
    for (int i = 0; i < SEEDED; i++) {
      repo.save(invoice("seed-" + i), Aggregate.NEW);
    }
    Invoice viaRepo = repo.save(invoice("check-a"), Aggregate.NEW);
    plainInsert(invoice("check-b").withVersion(1));
    if (!plainFind("check-a").equals(viaRepo)
        || !repo.get(InvoiceId.of("check-b")).equals(invoice("check-b").withVersion(1))) {
      throw new IllegalStateException("the floor and the repository disagree");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    databases.close();
  }

  /** revops: save a new invoice. */
  @Benchmark
  public Invoice revopsSave() {
    return repo.save(invoice("r-" + (next++)), Aggregate.NEW);
  }

  /** Plain JDBC: the same rows. */
  @Benchmark
  public int plainSave() throws SQLException {
    return plainInsert(invoice("p-" + (next++)).withVersion(1));
  }

  /** revops: find an invoice by id. */
  @Benchmark
  public Invoice revopsFind() {
    return repo.get(InvoiceId.of("seed-" + random.nextInt(SEEDED)));
  }

  /** Plain JDBC: the same select, read with the same mapper. */
  @Benchmark
  public Invoice plainFind() throws Exception {
    return plainFind("seed-" + random.nextInt(SEEDED));
  }

  private Invoice plainFind(String id) throws SQLException {
    try (Connection c = databases.dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT version, body FROM revops_invoices WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return json.readValue(r.getString(2), Invoice.class).withVersion(r.getLong(1));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private int plainInsert(Invoice inv) throws SQLException {
    String body;
    try {
      body = json.writeValueAsString(inv);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    String cast = databases.store().equals("postgres") ? "CAST(? AS jsonb)" : "?";
    try (Connection c = databases.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO revops_invoices (id, version, account_id, currency, status, issued_on,"
                      + " due_on, total_minor, amount_paid_minor, credit_applied_minor,"
                      + " amount_due_minor, service_end, latest_charge_start, body, updated_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                      + cast
                      + ", ?)");
          PreparedStatement l =
              c.prepareStatement(
                  "INSERT INTO revops_invoice_lines (invoice_id, line_no, line_type, description,"
                      + " amount_minor, currency, quantity, period_start, period_end,"
                      + " subscription_id, price_id, billing_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                      + " ?, ?, ?)")) {
        s.setString(1, inv.id().value());
        s.setLong(2, inv.version());
        s.setString(3, inv.account().value());
        s.setString(4, "USD");
        s.setString(5, inv.status().name());
        s.setNull(6, Types.DATE);
        s.setNull(7, Types.DATE);
        s.setLong(8, inv.total().minor());
        s.setLong(9, inv.amountPaid().minor());
        s.setLong(10, inv.creditApplied().minor());
        s.setLong(11, inv.amountDue().minor());
        s.setObject(12, APRIL.end());
        s.setObject(13, dev.revops.billing.billrun.Watermark.of(List.of(inv)).orElse(null));
        s.setString(14, body);
        s.setObject(15, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
        s.executeUpdate();
        int no = 0;
        for (InvoiceLine line : inv.lines()) {
          l.setString(1, inv.id().value());
          l.setInt(2, ++no);
          l.setString(3, line.type().name());
          l.setString(4, line.description());
          l.setLong(5, line.amount().minor());
          l.setString(6, "USD");
          l.setLong(7, line.quantity());
          l.setObject(8, line.servicePeriod().start());
          l.setObject(9, line.servicePeriod().end());
          l.setString(10, line.subscriptionId());
          l.setString(11, line.priceId());
          if (line.type() == LineType.RECURRING) {
            l.setInt(12, 1);
          } else {
            l.setNull(12, Types.SMALLINT);
          }
          l.addBatch();
        }
        l.executeBatch();
      }
      c.commit();
      return 1;
    }
  }
}
