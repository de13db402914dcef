package dev.revops.jdbc.collections;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.port.PaymentStatusPort;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * {@link PaymentStatusPort} on table {@code revops_payment_status}: what is owed on each debt now,
 * as the host last reported it with {@link #set(ReceivableId, Money)} (from its billing or payment
 * system's events, or after each payment it books), like {@code InMemoryPaymentStatus}. A report
 * made inside a unit of work is seen by others once that unit of work commits. Thread-safe.
 */
public final class JdbcPaymentStatus implements PaymentStatusPort {
  private static final String TABLE = "revops_payment_status";
  private static final String UPDATE =
      "UPDATE revops_payment_status SET amount_due_minor = ?, currency = ?, updated_at = ?"
          + " WHERE debt_id = ?";

  private final Database db;
  private final String insert;

  /**
   * Creates the store.
   *
   * @param db the database
   */
  public JdbcPaymentStatus(Database db) {
    this.db = requireNonNull(db, "db");
    this.insert =
        db.dialect()
            .insertIfAbsent(
                "INSERT INTO revops_payment_status (debt_id, amount_due_minor, currency,"
                    + " updated_at) VALUES (?, ?, ?, ?)");
  }

  /**
   * Sets what is owed on a debt now, replacing what was reported before.
   *
   * @param debt the debt (never null)
   * @param amountDue the amount (never null)
   */
  public void set(ReceivableId debt, Money amountDue) {
    requireNonNull(debt, "debt");
    requireNonNull(amountDue, "amountDue");
    db.work()
        .call(
            "report the amount due on a debt",
            TABLE,
            c -> {
              // update, else insert; an insert that finds the key taken (a concurrent first
              // report) updates the row the other report made
              if (update(c, debt, amountDue) == 0 && insert(c, debt, amountDue) == 0) {
                update(c, debt, amountDue);
              }
              return null;
            });
  }

  private int update(Connection c, ReceivableId debt, Money amountDue) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(UPDATE)) {
      s.setLong(1, amountDue.minor());
      s.setString(2, amountDue.currency().getCurrencyCode());
      Sql.setInstant(s, 3, db.clock().instant());
      s.setString(4, debt.value());
      return s.executeUpdate();
    }
  }

  private int insert(Connection c, ReceivableId debt, Money amountDue) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(insert)) {
      s.setString(1, debt.value());
      s.setLong(2, amountDue.minor());
      s.setString(3, amountDue.currency().getCurrencyCode());
      Sql.setInstant(s, 4, db.clock().instant());
      return s.executeUpdate();
    } catch (SQLException e) {
      if (!db.dialect().isDuplicateKey(e)) {
        throw e;
      }
      return 0;
    }
  }

  @Override
  public Optional<Money> latestAmountDue(ReceivableId debt) {
    requireNonNull(debt, "debt");
    return db.work()
        .read(
            "read the amount due on a debt",
            TABLE,
            c -> {
              try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT amount_due_minor, currency FROM revops_payment_status"
                          + " WHERE debt_id = ?")) {
                s.setString(1, debt.value());
                try (ResultSet r = s.executeQuery()) {
                  return r.next()
                      ? Optional.of(Money.ofMinor(r.getLong(1), r.getString(2)))
                      : Optional.empty();
                }
              }
            });
  }
}
