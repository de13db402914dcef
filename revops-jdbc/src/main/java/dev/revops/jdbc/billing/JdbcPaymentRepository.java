package dev.revops.jdbc.billing;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.PaymentId;
import dev.revops.billing.payment.PaymentStatus;
import dev.revops.billing.payment.PaymentTransaction;
import dev.revops.billing.port.PaymentRepository;
import dev.revops.jdbc.table.AggregateTable;
import dev.revops.jdbc.table.AggregateTable.Column;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.JdbcRepository;
import dev.revops.jdbc.table.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * {@link PaymentRepository} on tables {@code revops_payments} and {@code
 * revops_payment_transactions} (one row per gateway call). {@code unresolved_since} is set while a
 * payment waits for an answer from its gateway (a NEW payment, or an attempt without a result), so
 * the recovery query reads an index, not the table. Thread-safe.
 */
public final class JdbcPaymentRepository extends JdbcRepository<PaymentId, Payment>
    implements PaymentRepository {
  private static final String INSERT_TX =
      "INSERT INTO revops_payment_transactions (payment_id, tx_no, idem_key, tx_type,"
          + " amount_minor, currency, result, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  /**
   * Creates the repository.
   *
   * @param db the database
   */
  public JdbcPaymentRepository(Database db) {
    super(
        new AggregateTable<>(
            db,
            "revops_payments",
            Payment.class,
            PaymentId::value,
            List.of(
                new Column<>("account_id", (s, i, v) -> s.setString(i, v.account().value())),
                new Column<>(
                    "invoice_id",
                    (s, i, v) ->
                        Sql.setText(s, i, v.invoice() == null ? null : v.invoice().value())),
                new Column<>("status", (s, i, v) -> s.setString(i, v.status().name())),
                new Column<>(
                    "currency",
                    (s, i, v) -> s.setString(i, v.amount().currency().getCurrencyCode())),
                new Column<>("amount_minor", (s, i, v) -> s.setLong(i, v.amount().minor())),
                new Column<>("captured_minor", (s, i, v) -> s.setLong(i, v.captured().minor())),
                new Column<>("refunded_minor", (s, i, v) -> s.setLong(i, v.refunded().minor())),
                new Column<>(
                    "unresolved_since", (s, i, v) -> Sql.setInstant(s, i, unresolvedSince(v)))),
            JdbcPaymentRepository::writeTransactions));
  }

  /**
   * When a payment began to wait for its gateway: the unresolved attempt's time, the beginning of
   * time for a NEW payment without one, null when nothing is unresolved.
   */
  private static Instant unresolvedSince(Payment p) {
    return p.unresolved()
        .map(PaymentTransaction::at)
        .orElse(p.status() == PaymentStatus.NEW ? Sql.BEGINNING : null);
  }

  private static void writeTransactions(Connection c, Payment p, boolean isNew)
      throws SQLException {
    String id = p.id().value();
    if (!isNew) {
      try (PreparedStatement s =
          c.prepareStatement("DELETE FROM revops_payment_transactions WHERE payment_id = ?")) {
        s.setString(1, id);
        s.executeUpdate();
      }
    }
    if (p.transactions().isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(INSERT_TX)) {
      int no = 0;
      for (PaymentTransaction t : p.transactions()) {
        s.setString(1, id);
        s.setInt(2, ++no);
        s.setString(3, t.idempotencyKey());
        s.setString(4, t.type().name());
        s.setLong(5, t.amount().minor());
        s.setString(6, t.amount().currency().getCurrencyCode());
        Sql.setText(s, 7, t.result() == null ? null : t.result().status().name());
        Sql.setInstant(s, 8, t.at());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  @Override
  public List<Payment> findUnresolvedBefore(Instant before, int limit) {
    requireNonNull(before, "before");
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be above zero, got " + limit);
    }
    return table.query(
        "WHERE unresolved_since IS NOT NULL AND unresolved_since <= ?"
            + " ORDER BY unresolved_since, id LIMIT ?",
        (s, i, v) -> {
          Sql.setInstant(s, i, before.isBefore(Sql.BEGINNING) ? Sql.BEGINNING : before);
          s.setInt(i + 1, limit);
        },
        null);
  }
}
