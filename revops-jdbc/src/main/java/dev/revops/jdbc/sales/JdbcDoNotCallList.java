package dev.revops.jdbc.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.Sql;
import dev.revops.sales.marketing.DoNotCallList;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link DoNotCallList} on table {@code revops_do_not_call}: one row per (list, number), the
 * number kept as the SHA-256 digest (lower-case hex) of its text as given, so no telephone number
 * is in a column, a query parameter or a driver's error message; nothing here logs. Numbers match
 * exactly as the host passes them, as in the in-memory default: keep one form (E.164). The rows of
 * one list are told apart by {@code list_name}: {@link #national} for the host's copy of the
 * national registry, {@link #company} for the company's own list.
 *
 * <p>A digest keeps numbers out of reads, exports and logs; it is not encryption: the numbers of a
 * country are few enough to be hashed one by one, so the table is still personal data to guard.
 *
 * <p>As in the in-memory default, the earliest listing of a number is kept, to the microsecond (the
 * precision of {@code timestamp with time zone}: a listing instant is truncated). Writes made
 * inside a unit of work are stored only if it commits. Thread-safe.
 */
public final class JdbcDoNotCallList implements DoNotCallList {
  /** The table. */
  static final String TABLE = "revops_do_not_call";

  /** The list name of the national registry's copy. */
  public static final String NATIONAL = "national";

  /** The list name of the company's own list. */
  public static final String COMPANY = "company";

  /** The longest list name the table takes. */
  private static final int MAX_NAME = 40;

  private static final String SELECT =
      "SELECT listed_since FROM revops_do_not_call WHERE list_name = ? AND number_hash = ?";
  private static final String EARLIER =
      "UPDATE revops_do_not_call SET listed_since = ?, updated_at = ? WHERE list_name = ?"
          + " AND number_hash = ? AND listed_since > ?";
  private static final String DELETE =
      "DELETE FROM revops_do_not_call WHERE list_name = ? AND number_hash = ?";

  private final Database db;
  private final String list;
  private final String insert;

  /**
   * Creates one list's adapter.
   *
   * @param db the database (migrated)
   * @param listName the list's name in {@code list_name}: 1 to 40 characters, not blank
   * @throws IllegalArgumentException when the name is blank or too long
   */
  public JdbcDoNotCallList(Database db, String listName) {
    this.db = requireNonNull(db, "db");
    requireNonNull(listName, "listName");
    if (listName.isBlank() || listName.length() > MAX_NAME) {
      throw new IllegalArgumentException(
          "a do-not-call list name has 1 to "
              + MAX_NAME
              + " characters, not blank; got \""
              + listName.substring(0, Math.min(listName.length(), MAX_NAME))
              + "\"");
    }
    this.list = listName;
    this.insert =
        db.dialect()
            .insertIfAbsent(
                "INSERT INTO revops_do_not_call (list_name, number_hash, listed_since, updated_at)"
                    + " VALUES (?, ?, ?, ?)");
  }

  /**
   * The host's copy of the national do-not-call registry (list {@value #NATIONAL}).
   *
   * @param db the database (migrated)
   * @return the list
   */
  public static JdbcDoNotCallList national(Database db) {
    return new JdbcDoNotCallList(db, NATIONAL);
  }

  /**
   * The company's own do-not-call list (list {@value #COMPANY}).
   *
   * @param db the database (migrated)
   * @return the list
   */
  public static JdbcDoNotCallList company(Database db) {
    return new JdbcDoNotCallList(db, COMPANY);
  }

  /**
   * Returns the list's name.
   *
   * @return the name in {@code list_name}
   */
  public String listName() {
    return list;
  }

  /**
   * Lists a number; a number already listed keeps the earlier of the two instants.
   *
   * @param number the number, in the form the lookups use
   * @param since when it was listed
   */
  public void add(String number, Instant since) {
    addAll(Map.of(requireNonNull(number, "number"), requireNonNull(since, "since")));
  }

  /**
   * Lists numbers in one unit of work (a refresh of the national registry's copy, say); each keeps
   * its earliest listing.
   *
   * @param listings each number and when it was listed
   */
  public void addAll(Map<String, Instant> listings) {
    requireNonNull(listings, "listings");
    listings.forEach(
        (n, at) -> {
          requireNonNull(n, "number");
          requireNonNull(at, "listed since");
        });
    if (listings.isEmpty()) {
      return;
    }
    db.work()
        .inTransaction(
            () ->
                db.work()
                    .call(
                        "list numbers in " + TABLE,
                        TABLE,
                        c -> {
                          for (Map.Entry<String, Instant> e : listings.entrySet()) {
                            list(c, digest(e.getKey()), e.getValue());
                          }
                          return null;
                        }));
  }

  /**
   * Removes a number (the person asked to be called again, or left the registry).
   *
   * @param number the number
   */
  public void remove(String number) {
    String hash = digest(requireNonNull(number, "number"));
    db.work()
        .call(
            "remove a number from " + TABLE,
            TABLE,
            c -> {
              try (PreparedStatement s = c.prepareStatement(DELETE)) {
                s.setString(1, list);
                s.setString(2, hash);
                s.executeUpdate();
              }
              return null;
            });
  }

  @Override
  public Optional<Instant> listedSince(String number) {
    String hash = digest(requireNonNull(number, "number"));
    return db.work()
        .read(
            "read " + TABLE,
            TABLE,
            c -> {
              try (PreparedStatement s = c.prepareStatement(SELECT)) {
                s.setString(1, list);
                s.setString(2, hash);
                try (ResultSet r = s.executeQuery()) {
                  return r.next()
                      ? Optional.of(Sql.getInstant(r, "listed_since"))
                      : Optional.<Instant>empty();
                }
              }
            });
  }

  private void list(Connection c, String hash, Instant listed) throws SQLException {
    Instant since = listed.truncatedTo(ChronoUnit.MICROS);
    Instant now = db.clock().instant();
    boolean inserted;
    try (PreparedStatement s = c.prepareStatement(insert)) {
      s.setString(1, list);
      s.setString(2, hash);
      Sql.setInstant(s, 3, since);
      Sql.setInstant(s, 4, now);
      inserted = s.executeUpdate() == 1;
    } catch (SQLException e) {
      if (!db.dialect().isDuplicateKey(e)) {
        throw e;
      }
      inserted = false;
    }
    if (inserted) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(EARLIER)) {
      Sql.setInstant(s, 1, since);
      Sql.setInstant(s, 2, now);
      s.setString(3, list);
      s.setString(4, hash);
      Sql.setInstant(s, 5, since);
      s.executeUpdate();
    }
  }

  /**
   * Returns the digest a number is stored as.
   *
   * @param number the number as given
   * @return its SHA-256, lower-case hex
   */
  static String digest(String number) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(number.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
