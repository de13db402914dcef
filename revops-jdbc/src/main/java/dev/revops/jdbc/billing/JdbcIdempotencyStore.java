package dev.revops.jdbc.billing;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.port.IdempotencyRecord;
import dev.revops.billing.port.IdempotencyStore;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * {@link IdempotencyStore} on table {@code revops_idempotency_keys} (the key is the primary key). A
 * key stored inside a unit of work is stored only if that unit of work commits, so a failed first
 * attempt never burns its key; of two requests racing with one key, the second waits for the
 * first's transaction and then sees its record. Thread-safe.
 */
public final class JdbcIdempotencyStore implements IdempotencyStore {
  private static final String TABLE = "revops_idempotency_keys";

  private final Database db;
  private final String insert;

  /**
   * Creates the store.
   *
   * @param db the database
   */
  public JdbcIdempotencyStore(Database db) {
    this.db = requireNonNull(db, "db");
    this.insert =
        db.dialect()
            .insertIfAbsent(
                "INSERT INTO revops_idempotency_keys (idem_key, fingerprint, result_id, created_at)"
                    + " VALUES (?, ?, ?, ?)");
  }

  @Override
  public Optional<IdempotencyRecord> putIfAbsent(IdempotencyRecord record) {
    requireNonNull(record, "record");
    return db.work()
        .call(
            "store an idempotency key",
            TABLE,
            c -> {
              int rows;
              try (PreparedStatement s = c.prepareStatement(insert)) {
                s.setString(1, record.key());
                s.setString(2, record.fingerprint());
                s.setString(3, record.resultId());
                Sql.setInstant(s, 4, db.clock().instant());
                rows = s.executeUpdate();
              } catch (SQLException e) {
                if (!db.dialect().isDuplicateKey(e)) {
                  throw e;
                }
                rows = 0;
              }
              return rows == 1 ? Optional.<IdempotencyRecord>empty() : read(c, record.key());
            });
  }

  @Override
  public Optional<IdempotencyRecord> find(String key) {
    requireNonNull(key, "key");
    return db.work().read("read an idempotency key", TABLE, c -> read(c, key));
  }

  private static Optional<IdempotencyRecord> read(Connection c, String key) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT fingerprint, result_id FROM revops_idempotency_keys WHERE idem_key = ?")) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        return r.next()
            ? Optional.of(new IdempotencyRecord(key, r.getString(1), r.getString(2)))
            : Optional.empty();
      }
    }
  }
}
