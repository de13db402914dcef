package dev.revops.jdbc.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.error.ConcurrencyConflictException;
import dev.revops.core.id.AccountId;
import dev.revops.jdbc.ConstraintViolationException;
import dev.revops.jdbc.Dialect;
import dev.revops.jdbc.table.AggregateTable;
import dev.revops.jdbc.table.AggregateTable.Column;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.JdbcRepository;
import dev.revops.jdbc.table.Sql;
import dev.revops.sales.referral.IssuedCode;
import dev.revops.sales.referral.ReferralCode;
import dev.revops.sales.referral.ReferralCodeRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.Optional;

/**
 * {@link ReferralCodeRepository} on table {@code revops_referral_codes}: one row per referrer
 * account (the id) with its code and the instant it was issued. The database keeps one account per
 * code (constraint {@value #CODE_UNIQUE}) as well as one code per account (the primary key).
 *
 * <p>A refused save stores nothing and leaves the caller's unit of work usable (on PostgreSQL the
 * save runs behind a savepoint, as a failed statement would abort the transaction): a code another
 * account holds gives a {@link ConstraintViolationException} naming {@value #CODE_UNIQUE}; an
 * account that already has a code (another instance issued it first) gives a {@link
 * ConcurrencyConflictException} with both versions, whichever constraint the database checked
 * first. {@link #findByCode} reads the unique index. Nothing here logs. Thread-safe.
 */
public final class JdbcReferralCodeRepository extends JdbcRepository<AccountId, IssuedCode>
    implements ReferralCodeRepository {
  /** The table. */
  static final String TABLE = "revops_referral_codes";

  /** The constraint that keeps one account per code. */
  public static final String CODE_UNIQUE = "revops_referral_codes_code_unique";

  private final Database db;
  private final boolean postgres;

  /**
   * Creates the repository.
   *
   * @param db the database (migrated)
   */
  public JdbcReferralCodeRepository(Database db) {
    super(
        new AggregateTable<>(
            db,
            TABLE,
            IssuedCode.class,
            AccountId::value,
            List.of(
                new Column<>("code", (s, i, c) -> s.setString(i, c.code().value())),
                new Column<>("issued_at", (s, i, c) -> Sql.setInstant(s, i, c.issuedAt()))),
            null));
    this.db = requireNonNull(db, "db");
    this.postgres = db.dialect() == Dialect.POSTGRESQL;
  }

  /**
   * {@inheritDoc}
   *
   * @throws ConstraintViolationException naming {@value #CODE_UNIQUE} when another account holds
   *     the code (nothing stored; the caller's unit of work is still usable)
   */
  @Override
  public IssuedCode save(IssuedCode code, long expectedVersion) {
    requireNonNull(code, "aggregate");
    return db.work()
        .inTransaction(
            () ->
                db.work()
                    .call(
                        "save " + TABLE,
                        TABLE,
                        c -> {
                          // PostgreSQL aborts a transaction on a failed statement: the savepoint
                          // keeps the caller's usable. H2 keeps it usable by itself, and a rollback
                          // to a savepoint there does not wake the writers waiting on the row.
                          Savepoint sp = postgres ? c.setSavepoint() : null;
                          try {
                            IssuedCode saved = super.save(code, expectedVersion);
                            if (sp != null) {
                              c.releaseSavepoint(sp);
                            }
                            return saved;
                          } catch (ConstraintViolationException e) {
                            if (sp != null) {
                              c.rollback(sp);
                            }
                            long stored = storedVersion(c, code.account());
                            if (expectedVersion == Aggregate.NEW && stored != Aggregate.NEW) {
                              throw new ConcurrencyConflictException(
                                  code.account(), expectedVersion, stored);
                            }
                            throw e;
                          } catch (RuntimeException e) {
                            if (sp != null) {
                              c.rollback(sp);
                            }
                            throw e;
                          }
                        }));
  }

  private static long storedVersion(Connection c, AccountId account) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT version FROM " + TABLE + " WHERE id = ?")) {
      s.setString(1, account.value());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : Aggregate.NEW;
      }
    }
  }

  @Override
  public Optional<IssuedCode> findByCode(ReferralCode code) {
    requireNonNull(code, "code");
    return table.queryBy("WHERE code = ?", code.value()).stream().findFirst();
  }
}
