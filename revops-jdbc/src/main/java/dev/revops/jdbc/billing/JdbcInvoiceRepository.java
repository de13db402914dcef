package dev.revops.jdbc.billing;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.billrun.Watermark;
import dev.revops.billing.invoice.CreditNote;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.InvoiceStatus;
import dev.revops.billing.invoice.LineType;
import dev.revops.billing.port.InvoiceRepository;
import dev.revops.core.id.AccountId;
import dev.revops.jdbc.table.AggregateTable;
import dev.revops.jdbc.table.AggregateTable.Column;
import dev.revops.jdbc.table.ChildRows;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.JdbcRepository;
import dev.revops.jdbc.table.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link InvoiceRepository} on tables {@code revops_invoices}, {@code revops_invoice_lines} (one
 * row per line) and {@code revops_credit_notes}, all written in the caller's unit of work. The
 * constraint {@code revops_invoice_lines_once} refuses a second recurring line for the same
 * (subscription, price, service period) on invoices that are not void: the save then throws {@code
 * ConstraintViolationException} naming it, and nothing is stored. Thread-safe.
 */
public final class JdbcInvoiceRepository extends JdbcRepository<InvoiceId, Invoice>
    implements InvoiceRepository {
  /** An invoice's lines, in their order; {@code billing_key} backs the once-per-period rule. */
  private static final ChildRows LINES =
      new ChildRows(
          "revops_invoice_lines",
          "invoice_id",
          List.of(
              "invoice_id",
              "line_no",
              "line_type",
              "description",
              "amount_minor",
              "currency",
              "quantity",
              "period_start",
              "period_end",
              "subscription_id",
              "price_id",
              "billing_key"),
          new int[] {
            Types.VARCHAR,
            Types.INTEGER,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.BIGINT,
            Types.CHAR,
            Types.BIGINT,
            Types.DATE,
            Types.DATE,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.SMALLINT
          },
          "line_no");

  /** An invoice's credit notes, ordered by id (the invoice's own order is in its body). */
  private static final ChildRows NOTES =
      new ChildRows(
          "revops_credit_notes",
          "invoice_id",
          List.of(
              "invoice_id",
              "id",
              "total_minor",
              "reduced_due_minor",
              "remainder_minor",
              "currency",
              "remainder_to",
              "reason",
              "issued_on"),
          new int[] {
            Types.VARCHAR,
            Types.VARCHAR,
            Types.BIGINT,
            Types.BIGINT,
            Types.BIGINT,
            Types.CHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.DATE
          },
          "id");

  private final Database db;

  /**
   * Creates the repository.
   *
   * @param db the database
   */
  public JdbcInvoiceRepository(Database db) {
    this(db, table(db));
  }

  private JdbcInvoiceRepository(Database db, AggregateTable<InvoiceId, Invoice> table) {
    super(table);
    this.db = db;
  }

  private static AggregateTable<InvoiceId, Invoice> table(Database db) {
    return (new AggregateTable<>(
        db,
        "revops_invoices",
        Invoice.class,
        InvoiceId::value,
        List.of(
            new Column<>("account_id", (s, i, v) -> s.setString(i, v.account().value())),
            new Column<>("currency", (s, i, v) -> s.setString(i, v.currency().getCurrencyCode())),
            new Column<>("status", (s, i, v) -> s.setString(i, v.status().name())),
            new Column<>("issued_on", (s, i, v) -> Sql.setDate(s, i, v.issuedOn())),
            new Column<>("due_on", (s, i, v) -> Sql.setDate(s, i, v.dueOn())),
            new Column<>("total_minor", (s, i, v) -> s.setLong(i, v.total().minor())),
            new Column<>("amount_paid_minor", (s, i, v) -> s.setLong(i, v.amountPaid().minor())),
            new Column<>(
                "credit_applied_minor", (s, i, v) -> s.setLong(i, v.creditApplied().minor())),
            new Column<>("amount_due_minor", (s, i, v) -> s.setLong(i, v.amountDue().minor())),
            new Column<>("service_end", (s, i, v) -> Sql.setDate(s, i, serviceEnd(v))),
            new Column<>(
                "latest_charge_start",
                (s, i, v) -> Sql.setDate(s, i, Watermark.of(List.of(v)).orElse(null)))),
        new InvoiceChildren()));
  }

  /** The lines and credit notes of invoices: one invoice at a time, or a batch of new ones. */
  private static final class InvoiceChildren implements AggregateTable.Children<Invoice> {
    @Override
    public void write(Connection c, Invoice invoice, boolean isNew) throws SQLException {
      writeChildren(c, invoice, isNew);
    }

    @Override
    public void writeAll(Connection c, List<Invoice> invoices) throws SQLException {
      List<Object[]> lines = new ArrayList<>();
      List<Object[]> notes = new ArrayList<>();
      for (Invoice i : invoices) {
        lines.addAll(lineRows(i));
        notes.addAll(noteRows(i));
      }
      insertAll(c, LINES, lines);
      insertAll(c, NOTES, notes);
    }

    private static void insertAll(Connection c, ChildRows table, List<Object[]> rows)
        throws SQLException {
      if (!rows.isEmpty()) {
        try (PreparedStatement s = c.prepareStatement(table.insertSql())) {
          table.addAll(s, rows);
          s.executeBatch();
        }
      }
    }
  }

  /**
   * Writes an invoice's lines and credit notes; on an update, only those that changed (a paid or
   * credited invoice keeps its lines).
   */
  private static void writeChildren(Connection c, Invoice invoice, boolean isNew)
      throws SQLException {
    String id = invoice.id().value();
    LINES.write(c, id, lineRows(invoice), isNew);
    NOTES.write(c, id, noteRows(invoice), isNew);
  }

  /** An invoice's lines as rows of {@link #LINES}. */
  private static List<Object[]> lineRows(Invoice invoice) {
    String id = invoice.id().value();
    boolean counts = invoice.status() != InvoiceStatus.VOID;
    List<Object[]> rows = new ArrayList<>(invoice.lines().size());
    int no = 0;
    for (InvoiceLine l : invoice.lines()) {
      rows.add(
          new Object[] {
            id,
            ++no,
            l.type().name(),
            l.description(),
            l.amount().minor(),
            l.amount().currency().getCurrencyCode(),
            l.quantity(),
            l.servicePeriod().start(),
            l.servicePeriod().end(),
            l.subscriptionId(),
            l.priceId(),
            counts && l.type() == LineType.RECURRING && l.subscriptionId() != null ? 1 : null
          });
    }
    return rows;
  }

  /** An invoice's credit notes as rows of {@link #NOTES}, in id order. */
  private static List<Object[]> noteRows(Invoice invoice) {
    String id = invoice.id().value();
    List<Object[]> rows = new ArrayList<>(invoice.creditNotes().size());
    for (CreditNote n : invoice.creditNotes()) {
      rows.add(
          new Object[] {
            id,
            n.id().value(),
            n.total().minor(),
            n.reducedDue().minor(),
            n.remainder().minor(),
            n.total().currency().getCurrencyCode(),
            n.remainderTo() == null ? null : n.remainderTo().name(),
            n.reason(),
            n.issuedOn()
          });
    }
    rows.sort(java.util.Comparator.comparing(r -> (String) r[1]));
    return rows;
  }

  /** The latest end of the invoice's lines' service periods, or null without lines. */
  private static LocalDate serviceEnd(Invoice invoice) {
    LocalDate end = null;
    for (InvoiceLine l : invoice.lines()) {
      LocalDate e = l.servicePeriod().end();
      if (end == null || e.isAfter(end)) {
        end = e;
      }
    }
    return end;
  }

  @Override
  public List<Invoice> findByAccountWithServiceEndingAfter(AccountId account, LocalDate day) {
    requireNonNull(account, "account");
    requireNonNull(day, "day");
    return table.query(
        "WHERE account_id = ? AND service_end > ? ORDER BY saved_seq",
        (s, i, v) -> {
          s.setString(i, account.value());
          s.setObject(i + 1, day);
        },
        null);
  }

  @Override
  public Optional<LocalDate> latestChargeStart(AccountId account) {
    requireNonNull(account, "account");
    return db.work()
        .read(
            "read the billing watermark",
            "revops_invoices",
            c -> {
              try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT max(latest_charge_start) FROM revops_invoices WHERE account_id = ?")) {
                s.setString(1, account.value());
                try (ResultSet r = s.executeQuery()) {
                  r.next();
                  return Optional.ofNullable(r.getObject(1, LocalDate.class));
                }
              }
            });
  }

  @Override
  public List<Invoice> findByAccount(AccountId account) {
    requireNonNull(account, "account");
    return table.queryBy("WHERE account_id = ? ORDER BY saved_seq", account.value());
  }

  @Override
  public Map<AccountId, LocalDate> latestChargeStarts(Collection<AccountId> accounts) {
    requireNonNull(accounts, "accounts");
    List<String> ids = accountIds(accounts);
    Map<AccountId, LocalDate> out = new LinkedHashMap<>();
    for (List<String> chunk : Sql.chunks(ids)) {
      db.work()
          .read(
              "read the billing watermarks",
              "revops_invoices",
              c -> {
                try (PreparedStatement s = c.prepareStatement(watermarksSql(chunk.size()))) {
                  for (int k = 0; k < chunk.size(); k++) {
                    s.setString(k + 1, chunk.get(k));
                  }
                  try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                      LocalDate d = r.getObject(2, LocalDate.class);
                      if (d != null) {
                        out.put(AccountId.of(r.getString(1)), d);
                      }
                    }
                  }
                }
                return null;
              });
    }
    return out;
  }

  /**
   * The watermarks of a number of accounts: one {@code max} per account in a subquery over the
   * {@code revops_invoices_watermark} index, which the database answers from the end of the
   * account's range of that index (one probe per account, whatever the length of its history),
   * where a {@code GROUP BY} over an {@code IN} list reads every invoice's entry.
   */
  static String watermarksSql(int accounts) {
    StringBuilder rows = new StringBuilder();
    for (int k = 0; k < accounts; k++) {
      rows.append(k == 0 ? "" : ", ").append("(CAST(? AS revops_id))");
    }
    return "SELECT d.d_account, (SELECT max(i.latest_charge_start) FROM revops_invoices i"
        + " WHERE i.account_id = d.d_account) FROM (VALUES "
        + rows
        + ") AS d (d_account)";
  }

  /**
   * Reads the batch's invoices with one query per chunk of accounts: the accounts whose day is
   * {@link LocalDate#MIN} with their whole history, the others joined to a {@code VALUES} list of
   * (account, day) so each gets only the invoices serving a day after its own (the {@code
   * service_end} index, as {@link #findByAccountWithServiceEndingAfter}).
   */
  @Override
  public Map<AccountId, List<Invoice>> findByAccountsWithServiceEndingAfter(
      Map<AccountId, LocalDate> fromDays) {
    requireNonNull(fromDays, "fromDays");
    Map<AccountId, List<Invoice>> out = new LinkedHashMap<>();
    List<String> whole = new ArrayList<>();
    List<Map.Entry<String, LocalDate>> since = new ArrayList<>();
    for (Map.Entry<AccountId, LocalDate> e : fromDays.entrySet()) {
      AccountId a = requireNonNull(e.getKey(), "account");
      LocalDate day = requireNonNull(e.getValue(), "day");
      out.put(a, new ArrayList<>(2));
      if (day.equals(LocalDate.MIN)) {
        whole.add(a.value());
      } else {
        since.add(Map.entry(a.value(), day));
      }
    }
    for (List<String> chunk : Sql.chunks(whole)) {
      List<Invoice> found = table.queryIn("account_id", chunk, "ORDER BY saved_seq");
      for (Invoice invoice : found) {
        out.get(invoice.account()).add(invoice);
      }
    }
    for (List<Map.Entry<String, LocalDate>> chunk : Sql.chunks(since)) {
      StringBuilder rows = new StringBuilder();
      for (int k = 0; k < chunk.size(); k++) {
        rows.append(k == 0 ? "" : ", ").append("(CAST(? AS revops_id), CAST(? AS DATE))");
      }
      List<Invoice> found =
          table.query(
              "i JOIN (VALUES "
                  + rows
                  + ") AS d (d_account, d_day) ON i.account_id = d.d_account"
                  + " AND i.service_end > d.d_day ORDER BY i.saved_seq",
              (s, i, v) -> {
                int at = i;
                for (Map.Entry<String, LocalDate> e : v) {
                  s.setString(at++, e.getKey());
                  s.setObject(at++, e.getValue());
                }
              },
              chunk);
      for (Invoice invoice : found) {
        out.get(invoice.account()).add(invoice);
      }
    }
    Map<AccountId, List<Invoice>> frozen = new LinkedHashMap<>();
    out.forEach((a, list) -> frozen.put(a, List.copyOf(list)));
    return frozen;
  }

  private static List<String> accountIds(Collection<AccountId> accounts) {
    List<String> ids = new ArrayList<>(accounts.size());
    for (AccountId a : accounts) {
      ids.add(requireNonNull(a, "account").value());
    }
    return ids;
  }
}
