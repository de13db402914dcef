package dev.revops.jdbc.sales;

import dev.revops.core.id.LeadId;
import dev.revops.jdbc.table.AggregateTable;
import dev.revops.jdbc.table.AggregateTable.Column;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.JdbcRepository;
import dev.revops.jdbc.table.Sql;
import dev.revops.sales.lead.Lead;
import dev.revops.sales.lead.LeadConversion;
import dev.revops.sales.port.CompanyWords;
import dev.revops.sales.port.LeadRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * {@link LeadRepository} on tables {@code revops_leads} and {@code revops_leads_by_key}: one row
 * per duplicate-detection key of a lead (its normalised e-mail, its phone and each lookup word of
 * its company, as {@link CompanyWords} gives them), so {@link #duplicateCandidates} reads the index
 * on the key and then the matching leads by id, never the whole lead table. The keys are stored as
 * SHA-256 digests behind a kind prefix ({@code e:}, {@code p:}, {@code w:}): no e-mail address or
 * phone number is in a column, a query parameter, a lock subject or a driver's error message; the
 * lead's document ({@code body}) alone holds them. Nothing here logs.
 *
 * <p>The constraint {@code revops_leads_open_email_once} lets one lead that is not converted hold a
 * normalised e-mail address: saving a second one throws {@code ConstraintViolationException} naming
 * it, and nothing is stored. revops-sales' captures never meet it (they hold the address's lock and
 * update the lead they find); it backs the rule for captures a host runs in its own transaction.
 * Phone numbers are not unique: a re-capture may fill the empty phone of a lead with a number
 * another lead holds. Thread-safe.
 */
public final class JdbcLeadRepository extends JdbcRepository<LeadId, Lead>
    implements LeadRepository {
  /** The lead table. */
  static final String TABLE = "revops_leads";

  /** The key rows' table. */
  static final String KEYS = "revops_leads_by_key";

  /** The join every candidate query starts with. */
  static final String CANDIDATES =
      "JOIN revops_leads_by_key k ON k.lead_id = revops_leads.id WHERE k.match_key IN (";

  private static final KeyRows<Lead> ROWS =
      new KeyRows<>(
          KEYS,
          "lead_id",
          "match_key",
          "open_email",
          l -> {
            List<KeyRows.Key> keys = new ArrayList<>();
            for (String k : matchKeys(l.email(), l.phone(), l.company())) {
              keys.add(new KeyRows.Key(k, k.startsWith("e:") && l.conversion() == null));
            }
            return keys;
          });

  /**
   * Creates the repository.
   *
   * @param db the database
   */
  public JdbcLeadRepository(Database db) {
    super(
        new AggregateTable<>(
            db,
            TABLE,
            Lead.class,
            LeadId::value,
            List.of(
                new Column<>("status", (s, i, l) -> s.setString(i, l.status().code())),
                new Column<>("source", (s, i, l) -> s.setString(i, l.source().name())),
                new Column<>(
                    "owner_id",
                    (s, i, l) -> Sql.setText(s, i, l.owner() == null ? null : l.owner().value())),
                new Column<>("captured_at", (s, i, l) -> Sql.setInstant(s, i, l.capturedAt())),
                new Column<>(
                    "converted_account_id",
                    (s, i, l) ->
                        Sql.setText(
                            s,
                            i,
                            l.conversion() == null ? null : l.conversion().account().value())),
                new Column<>(
                    "converted_at",
                    (s, i, l) -> {
                      LeadConversion done = l.conversion();
                      Sql.setInstant(s, i, done == null ? null : done.convertedAt());
                    })),
            (c, lead, isNew) -> ROWS.write(c, lead.id().value(), lead, isNew)));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here: one query on the key index; the leads come in the in-memory default's order: those of
   * the e-mail, then the phone, then each company word in turn, each in the order they got the key,
   * each lead once (at its first key).
   */
  @Override
  public List<Lead> duplicateCandidates(String email, String phone, String company) {
    List<String> keys = matchKeys(email, phone, company);
    if (keys.isEmpty()) {
      return new ArrayList<>();
    }
    List<Lead> rows = table.query(candidatesWhere(keys.size()), KEY_BINDER, keys);
    Set<LeadId> seen = new HashSet<>();
    List<Lead> found = new ArrayList<>(rows.size());
    for (Lead l : rows) {
      if (seen.add(l.id())) {
        found.add(l);
      }
    }
    return found;
  }

  private static final Sql.Binder<List<String>> KEY_BINDER =
      (s, i, keys) -> {
        int at = i;
        for (String k : keys) {
          s.setString(at++, k);
        }
        if (keys.size() > 1) {
          for (String k : keys) {
            s.setString(at++, k);
          }
        }
      };

  /**
   * Returns the condition of a candidate query with a number of keys (bound twice when there are
   * several: in the IN list and in the ORDER BY that ranks them).
   *
   * @param n the number of keys, at least one
   * @return the SQL after {@code FROM revops_leads}
   */
  static String candidatesWhere(int n) {
    StringBuilder sql = new StringBuilder(CANDIDATES);
    for (int i = 0; i < n; i++) {
      sql.append(i == 0 ? "?" : ", ?");
    }
    sql.append(") ORDER BY ");
    if (n > 1) {
      sql.append("CASE k.match_key");
      for (int i = 0; i < n; i++) {
        sql.append(" WHEN ? THEN ").append(i);
      }
      sql.append(" END, ");
    }
    return sql.append("k.seq").toString();
  }

  /**
   * Returns the stored match keys for a lookup, in the in-memory default's order: the e-mail, the
   * phone, then the company's words.
   *
   * @param email the normalised e-mail, or null
   * @param phone the E.164 phone, or null
   * @param company the company as captured, or null
   * @return the keys, each a kind prefix and a SHA-256 (hex)
   */
  static List<String> matchKeys(String email, String phone, String company) {
    List<String> keys = new ArrayList<>();
    if (email != null) {
      keys.add("e:" + sha256(email));
    }
    if (phone != null) {
      keys.add("p:" + sha256(phone));
    }
    for (String w : CompanyWords.of(company)) {
      keys.add("w:" + sha256(w));
    }
    return keys;
  }

  private static String sha256(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
