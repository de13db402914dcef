package dev.revops.jdbc.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.ContactId;
import dev.revops.jdbc.DataAccessException;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.Sql;
import dev.revops.sales.marketing.ExclusionReason;
import dev.revops.sales.marketing.MarketingExclusions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * {@link MarketingExclusions} on table {@code revops_marketing_exclusions}: one row per (person,
 * reason), with when the reason was first recorded; lifting a reason deletes its row. A host whose
 * collections and dispute records live elsewhere implements the port over them instead (or writes
 * these rows from their events). Writes made inside a unit of work are stored only if it commits.
 * Thread-safe. Nothing here logs.
 */
public final class JdbcMarketingExclusions implements MarketingExclusions {
  /** The table. */
  static final String TABLE = "revops_marketing_exclusions";

  private static final String SELECT =
      "SELECT reason FROM revops_marketing_exclusions WHERE contact_id = ?";
  private static final String DELETE =
      "DELETE FROM revops_marketing_exclusions WHERE contact_id = ? AND reason = ?";

  private final Database db;
  private final String insert;

  /**
   * Creates the store.
   *
   * @param db the database (migrated)
   */
  public JdbcMarketingExclusions(Database db) {
    this.db = requireNonNull(db, "db");
    this.insert =
        db.dialect()
            .insertIfAbsent(
                "INSERT INTO revops_marketing_exclusions (contact_id, reason, excluded_at)"
                    + " VALUES (?, ?, ?)");
  }

  /**
   * Excludes a person for a reason; excluding twice for one reason keeps the first row.
   *
   * @param contact the person
   * @param reason why
   */
  public void exclude(ContactId contact, ExclusionReason reason) {
    requireNonNull(contact, "contact");
    requireNonNull(reason, "reason");
    db.work()
        .call(
            "exclude a person in " + TABLE,
            TABLE,
            c -> {
              try (PreparedStatement s = c.prepareStatement(insert)) {
                s.setString(1, contact.value());
                s.setString(2, reason.name());
                Sql.setInstant(s, 3, db.clock().instant());
                s.executeUpdate();
              } catch (SQLException e) {
                if (!db.dialect().isDuplicateKey(e)) {
                  throw e;
                }
              }
              return null;
            });
  }

  /**
   * Lifts one reason (a dispute resolved, a block lifted); lifting a reason not recorded does
   * nothing.
   *
   * @param contact the person
   * @param reason the reason lifted
   */
  public void lift(ContactId contact, ExclusionReason reason) {
    requireNonNull(contact, "contact");
    requireNonNull(reason, "reason");
    db.work()
        .call(
            "lift an exclusion in " + TABLE,
            TABLE,
            c -> {
              try (PreparedStatement s = c.prepareStatement(DELETE)) {
                s.setString(1, contact.value());
                s.setString(2, reason.name());
                s.executeUpdate();
              }
              return null;
            });
  }

  /**
   * {@inheritDoc}
   *
   * @throws DataAccessException when a row holds a reason this version does not know
   */
  @Override
  public Set<ExclusionReason> exclusionsOf(ContactId contact) {
    requireNonNull(contact, "contact");
    Set<String> names =
        db.work()
            .read(
                "read " + TABLE,
                TABLE,
                c -> {
                  try (PreparedStatement s = c.prepareStatement(SELECT)) {
                    s.setString(1, contact.value());
                    Set<String> out = new HashSet<>();
                    try (ResultSet r = s.executeQuery()) {
                      while (r.next()) {
                        out.add(r.getString(1));
                      }
                    }
                    return out;
                  }
                });
    if (names.isEmpty()) {
      return Set.of();
    }
    Set<ExclusionReason> reasons = EnumSet.noneOf(ExclusionReason.class);
    for (String n : names) {
      try {
        reasons.add(ExclusionReason.valueOf(n));
      } catch (IllegalArgumentException e) {
        throw new DataAccessException(
            "read an exclusion reason from " + TABLE + " (unknown reason \"" + n + "\")", null, e);
      }
    }
    return Set.copyOf(reasons);
  }
}
