package dev.revops.benchmarks.jdbc;

import static dev.revops.benchmarks.jdbc.BillRunHarness.CURRENCY;
import static dev.revops.benchmarks.jdbc.BillRunHarness.FLAT_MINOR;
import static dev.revops.benchmarks.jdbc.BillRunHarness.NET_DAYS;
import static dev.revops.benchmarks.jdbc.BillRunHarness.SEAT_MINOR;
import static dev.revops.benchmarks.jdbc.BillRunHarness.TARGET;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The hand-written JDBC floor of {@link BillRunHarness}: the rows the bill run stores for the
 * target day (one invoice per account, its one recurring line, its {@code InvoiceFinalized} outbox
 * row), computed from the account's index and the plan price alone and written with three batched
 * {@code INSERT}s per transaction of {@value #BATCH} accounts, on the harness's threads; the JSON
 * documents (the invoice's body, the event's payload) are written from string templates. Then
 * {@link #compare} checks the floor's rows against the bill run's, row for row.
 */
final class BillRunFloor {
  /** Accounts per transaction. */
  static final int BATCH = 1_000;

  /** The instant the harness's clock shows during the bill run. */
  static final Instant AT = TARGET.atTime(6, 0).toInstant(ZoneOffset.UTC);

  private BillRunFloor() {}

  /**
   * Inserts the floor's rows for accounts {@code 0} to {@code accounts - 1}.
   *
   * @param schema a fresh, migrated schema
   * @param accounts how many accounts
   * @param threads how many threads share the batches
   * @return the time taken, in nanoseconds
   */
  static long insert(HarnessSchema schema, int accounts, int threads) {
    String json = schema.db().dialect().jsonParameter();
    String invoiceSql =
        "INSERT INTO revops_invoices (id, version, account_id, currency, status, issued_on,"
            + " due_on, total_minor, amount_paid_minor, credit_applied_minor, amount_due_minor,"
            + " service_end, latest_charge_start, body, updated_at)"
            + " VALUES (?, 1, ?, ?, 'OPEN', ?, ?, ?, 0, 0, ?, ?, ?, "
            + json
            + ", ?)";
    String lineSql =
        "INSERT INTO revops_invoice_lines (invoice_id, line_no, line_type, description,"
            + " amount_minor, currency, quantity, period_start, period_end, subscription_id,"
            + " price_id, billing_key) VALUES (?, 1, 'RECURRING', ?, ?, ?, ?, ?, ?, ?, ?, 1)";
    String outboxSql =
        "INSERT INTO revops_outbox (event_id, event_type, event_class, aggregate_id,"
            + " occurred_at, payload) VALUES (?, 'InvoiceFinalized',"
            + " 'dev.revops.billing.invoice.InvoiceEvents$InvoiceFinalized', ?, ?, "
            + json
            + ")";
    AtomicInteger next = new AtomicInteger();
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    List<Thread> workers = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int w = 0; w < threads; w++) {
      Thread t =
          new Thread(
              () -> {
                try (Connection c = schema.dataSource().getConnection()) {
                  c.setAutoCommit(false);
                  try (PreparedStatement inv = c.prepareStatement(invoiceSql);
                      PreparedStatement line = c.prepareStatement(lineSql);
                      PreparedStatement out = c.prepareStatement(outboxSql)) {
                    int from;
                    while ((from = next.getAndAdd(BATCH)) < accounts) {
                      int to = Math.min(accounts, from + BATCH);
                      for (int i = from; i < to; i++) {
                        addRows(i, inv, line, out);
                      }
                      inv.executeBatch();
                      line.executeBatch();
                      out.executeBatch();
                      c.commit();
                    }
                  }
                } catch (Throwable e) {
                  failures.add(e);
                }
              },
              "floor-" + w);
      t.start();
      workers.add(t);
    }
    for (Thread t : workers) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    long nanos = System.nanoTime() - t0;
    if (!failures.isEmpty()) {
      throw new IllegalStateException("the floor failed", failures.get(0));
    }
    return nanos;
  }

  private static void addRows(
      int i, PreparedStatement inv, PreparedStatement line, PreparedStatement out)
      throws SQLException {
    String id = "fl-" + i;
    String account = BillRunHarness.account(i).value();
    boolean flat = BillRunHarness.flat(i);
    long quantity = BillRunHarness.seats(i);
    long amount = flat ? FLAT_MINOR : SEAT_MINOR * quantity;
    String price = flat ? "flat-fee" : "seat";
    LocalDate end = TARGET.plusMonths(1);
    LocalDate due = TARGET.plusDays(NET_DAYS);
    String description = price + " x " + quantity + " [" + TARGET + ", " + end + ")";
    String subscription = "sub-" + i;
    String money = "{\"amount\":\"" + decimal(amount) + "\",\"currency\":\"" + CURRENCY + "\"}";
    String zero = "{\"amount\":\"0.00\",\"currency\":\"" + CURRENCY + "\"}";
    OffsetDateTime at = OffsetDateTime.ofInstant(AT, ZoneOffset.UTC);

    inv.setString(1, id);
    inv.setString(2, account);
    inv.setString(3, CURRENCY);
    inv.setObject(4, TARGET);
    inv.setObject(5, due);
    inv.setLong(6, amount);
    inv.setLong(7, amount);
    inv.setObject(8, end);
    inv.setObject(9, TARGET);
    inv.setString(
        10,
        "{\"id\":{\"value\":\""
            + id
            + "\"},\"account\":{\"value\":\""
            + account
            + "\"},\"currency\":\""
            + CURRENCY
            + "\",\"status\":\"OPEN\",\"lines\":[{\"type\":\"RECURRING\",\"description\":\""
            + description
            + "\",\"amount\":"
            + money
            + ",\"quantity\":"
            + quantity
            + ",\"servicePeriod\":{\"start\":\""
            + TARGET
            + "\",\"end\":\""
            + end
            + "\"},\"subscriptionId\":\""
            + subscription
            + "\",\"priceId\":\""
            + price
            + "\"}],\"terms\":{\"method\":\"SEND_INVOICE\",\"netDays\":"
            + NET_DAYS
            + "},\"tax\":null,\"issuedOn\":\""
            + TARGET
            + "\",\"dueOn\":\""
            + due
            + "\",\"creditApplied\":"
            + zero
            + ",\"amountPaid\":"
            + zero
            + ",\"creditNotes\":[],\"version\":1}");
    inv.setObject(11, at);
    inv.addBatch();

    line.setString(1, id);
    line.setString(2, description);
    line.setLong(3, amount);
    line.setString(4, CURRENCY);
    line.setLong(5, quantity);
    line.setObject(6, TARGET);
    line.setObject(7, end);
    line.setString(8, subscription);
    line.setString(9, price);
    line.addBatch();

    String eventId = id + "@1:InvoiceFinalized#0";
    out.setString(1, eventId);
    out.setString(2, id);
    out.setObject(3, at);
    out.setString(
        4,
        "{\"eventId\":{\"value\":\""
            + eventId
            + "\"},\"invoice\":{\"value\":\""
            + id
            + "\"},\"account\":{\"value\":\""
            + account
            + "\"},\"total\":"
            + money
            + ",\"amountDue\":"
            + money
            + ",\"dueOn\":\""
            + due
            + "\",\"occurredAt\":\""
            + AT
            + "\"}");
    out.addBatch();
  }

  /** Minor units as a decimal with two places: 2900 is {@code 29.00}. */
  static String decimal(long minor) {
    long cents = Math.abs(minor % 100);
    return (minor < 0 ? "-" : "") + Math.abs(minor / 100) + "." + (cents < 10 ? "0" : "") + cents;
  }

  /** The rows compared, per table, each ordered by the invoice's account. */
  private static final String[] QUERIES = {
    "SELECT i.account_id, i.id, i.version, i.currency, i.status, i.issued_on, i.due_on,"
        + " i.total_minor, i.amount_paid_minor, i.credit_applied_minor, i.amount_due_minor,"
        + " i.service_end, i.latest_charge_start, i.body, i.updated_at"
        + " FROM revops_invoices i WHERE i.issued_on = ? ORDER BY i.account_id, i.id",
    "SELECT i.account_id, i.id, l.line_no, l.line_type, l.description, l.amount_minor,"
        + " l.currency, l.quantity, l.period_start, l.period_end, l.subscription_id, l.price_id,"
        + " l.billing_key FROM revops_invoice_lines l JOIN revops_invoices i"
        + " ON i.id = l.invoice_id WHERE i.issued_on = ? ORDER BY i.account_id, i.id, l.line_no",
    "SELECT i.account_id, i.id, o.event_id, o.event_type, o.event_class, o.aggregate_id,"
        + " o.occurred_at, o.payload, o.claimed_by, o.claimed_until, o.delivered_at"
        + " FROM revops_outbox o JOIN revops_invoices i ON i.id = o.aggregate_id"
        + " WHERE i.issued_on = ? ORDER BY i.account_id, i.id, o.event_id"
  };

  private static final String[] TABLES = {
    "revops_invoices", "revops_invoice_lines", "revops_outbox"
  };

  /**
   * Compares the rows of the target day's invoices, their lines and their outbox rows in the two
   * schemas, row for row in account order, every column but the generated ones ({@code saved_seq},
   * {@code seq}); each row's invoice id is replaced by {@code <id>} wherever it appears (the id
   * column, the event id, the JSON documents), as the bill run's ids follow the order the workers
   * happened to bill in. Streams both sides with a cursor, so memory does not grow with the rows.
   *
   * @param adapter the bill run's schema
   * @param floor the floor's schema
   * @return the number of rows compared
   * @throws IllegalStateException on the first difference, naming the table and both rows
   */
  static long compare(HarnessSchema adapter, HarnessSchema floor) {
    long rows = 0;
    try (Connection a = adapter.dataSource().getConnection();
        Connection f = floor.dataSource().getConnection()) {
      a.setAutoCommit(false);
      f.setAutoCommit(false);
      for (int q = 0; q < QUERIES.length; q++) {
        try (PreparedStatement sa = a.prepareStatement(QUERIES[q]);
            PreparedStatement sf = f.prepareStatement(QUERIES[q])) {
          for (PreparedStatement s : List.of(sa, sf)) {
            s.setObject(1, TARGET);
            s.setFetchSize(2_000);
          }
          try (ResultSet ra = sa.executeQuery();
              ResultSet rf = sf.executeQuery()) {
            long n = 0;
            while (true) {
              boolean ha = ra.next();
              boolean hf = rf.next();
              if (ha != hf) {
                throw new IllegalStateException(
                    TABLES[q]
                        + ": the "
                        + (ha ? "bill run" : "floor")
                        + " has more rows than the other, after "
                        + n
                        + " equal rows; first extra: "
                        + row(ha ? ra : rf));
              }
              if (!ha) {
                break;
              }
              String left = row(ra);
              String right = row(rf);
              if (!left.equals(right)) {
                throw new IllegalStateException(
                    TABLES[q]
                        + " differ at row "
                        + n
                        + ":\n bill run: "
                        + left
                        + "\n floor:    "
                        + right);
              }
              n++;
            }
            rows += n;
          }
        }
      }
      a.rollback();
      f.rollback();
    } catch (SQLException e) {
      throw new IllegalStateException("comparing the schemas: " + e.getMessage(), e);
    }
    return rows;
  }

  /**
   * Counts a table's rows.
   *
   * @param schema the schema
   * @param table the table
   * @return the count
   */
  static long count(HarnessSchema schema, String table) {
    try (Connection c = schema.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + table);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("count " + table + ": " + e.getMessage(), e);
    }
  }

  /** A row as text, its invoice id (column 2) replaced by {@code <id>} in every column. */
  private static String row(ResultSet r) throws SQLException {
    String id = r.getString(2);
    StringBuilder b = new StringBuilder();
    int columns = r.getMetaData().getColumnCount();
    for (int i = 1; i <= columns; i++) {
      String v = r.getString(i);
      if (v != null) {
        v = v.replace("\"" + id + "\"", "\"<id>\"").replace(id + "@", "<id>@");
        if (v.equals(id)) {
          v = "<id>";
        }
      }
      b.append(i == 1 ? "" : " | ").append(Objects.toString(v));
    }
    return b.toString();
  }
}
