package dev.revops.jdbc.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.ContactId;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.Sql;
import dev.revops.sales.marketing.MarketingSendHistory;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link MarketingSendHistory} on table {@code revops_marketing_sends}: one row per marketing
 * contact made, inserted and never updated or deleted, read through the index on {@code
 * (contact_id, sent_at)}. A contact recorded inside a unit of work is stored only if that unit of
 * work commits: {@code MarketingGate.decideAndRecord} records it under the person's row lock, in
 * the transaction of its decision, so the frequency cap holds across every instance.
 *
 * <p>Instants are kept to the microsecond, the precision of {@code timestamp with time zone}: an
 * instant is truncated to its microsecond when recorded, and {@link #sentBetween} returns the
 * stored instants in {@code (from, until]} (comparing a stored instant with a bound is the same
 * before and after truncating the bound). Thread-safe. Nothing here logs.
 */
public final class JdbcMarketingSendHistory implements MarketingSendHistory {
  /** The table. */
  static final String TABLE = "revops_marketing_sends";

  /** The query of {@link #sentBetween}. */
  static final String SENT_BETWEEN =
      "SELECT sent_at FROM revops_marketing_sends WHERE contact_id = ? AND sent_at > ?"
          + " AND sent_at <= ? ORDER BY sent_at, seq";

  private static final String INSERT =
      "INSERT INTO revops_marketing_sends (contact_id, sent_at, recorded_at) VALUES (?, ?, ?)";

  private final Database db;

  /**
   * Creates the history.
   *
   * @param db the database (migrated)
   */
  public JdbcMarketingSendHistory(Database db) {
    this.db = requireNonNull(db, "db");
  }

  @Override
  public List<Instant> sentBetween(ContactId contact, Instant from, Instant until) {
    requireNonNull(contact, "contact");
    requireNonNull(from, "from");
    requireNonNull(until, "until");
    if (from.isAfter(until)) {
      return new ArrayList<>();
    }
    return db.work()
        .read(
            "read " + TABLE,
            TABLE,
            c -> {
              try (PreparedStatement s = c.prepareStatement(SENT_BETWEEN)) {
                s.setString(1, contact.value());
                Sql.setInstant(s, 2, micros(from));
                Sql.setInstant(s, 3, micros(until));
                List<Instant> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                  while (r.next()) {
                    out.add(Sql.getInstant(r, "sent_at"));
                  }
                }
                return out;
              }
            });
  }

  @Override
  public void record(ContactId contact, Instant at) {
    requireNonNull(contact, "contact");
    requireNonNull(at, "at");
    db.work()
        .call(
            "append to " + TABLE,
            TABLE,
            c -> {
              try (PreparedStatement s = c.prepareStatement(INSERT)) {
                s.setString(1, contact.value());
                Sql.setInstant(s, 2, micros(at));
                Sql.setInstant(s, 3, db.clock().instant());
                s.executeUpdate();
              }
              return null;
            });
  }

  private static Instant micros(Instant at) {
    return at.truncatedTo(ChronoUnit.MICROS);
  }
}
