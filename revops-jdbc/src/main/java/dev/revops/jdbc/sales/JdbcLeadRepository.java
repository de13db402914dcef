package dev.revops.jdbc.sales;

import dev.revops.core.id.LeadId;
import dev.revops.jdbc.JdbcUnitOfWork;
import dev.revops.jdbc.table.AggregateTable;
import dev.revops.jdbc.table.AggregateTable.Column;
import dev.revops.jdbc.table.BodyCache;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link LeadRepository} on tables {@code revops_leads} and {@code revops_leads_by_key}: one row
 * per duplicate-detection key of a lead (its normalised e-mail, its phone and each lookup word of
 * its company, as {@link CompanyWords} gives them), so {@link #duplicateCandidates} reads the index
 * on the key, never the whole lead table. It reads the ids and versions of the leads found from the
 * indexes alone and the documents only of the leads whose committed state at that version it does
 * not hold already (up to {@value #COMMITTED_CAPACITY} states; new captures resemble the same few
 * leads again and again). The keys are stored as SHA-256 digests behind a kind prefix ({@code e:},
 * {@code p:}, {@code w:}): no e-mail address or phone number is in a column, a query parameter, a
 * lock subject or a driver's error message; the lead's document ({@code body}) alone holds them.
 * Nothing here logs.
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

  /** The condition every candidate query starts with, on the key rows {@code k}. */
  static final String CANDIDATES = "WHERE k.match_key IN (";

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
   * How many committed lead states duplicate detection keeps: the leads that new captures resemble
   * again and again (those sharing a common company word) stay, the rest are read when asked for.
   */
  static final int COMMITTED_CAPACITY = 16_384;

  private final JdbcUnitOfWork work;

  /**
   * Committed states of leads by id and version. A committed (id, version) stands for one state
   * only: every save is {@code UPDATE ... WHERE version = ?}, so no two transactions commit one
   * version of a lead. A state is kept only once its transaction has committed ({@link
   * JdbcUnitOfWork#whenCommitted}), so a rolled-back save, whose version a later save may reuse
   * with other content, is never kept. (A host that rewrites a lead's row with SQL of its own must
   * raise its version, as every revops save does.)
   */
  private final BodyCache<Lead> committed = new BodyCache<>(COMMITTED_CAPACITY);

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
    this.work = db.work();
  }

  @Override
  public Lead save(Lead lead, long expectedVersion) {
    return remember(super.save(lead, expectedVersion));
  }

  @Override
  public List<Lead> saveAllNew(List<Lead> leads) {
    List<Lead> stored = super.saveAllNew(leads);
    stored.forEach(this::remember);
    return stored;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here: one query on the key index for the ids and versions, one more for the documents of the
   * leads not held at those versions; the leads come in the in-memory default's order: those of the
   * e-mail, then the phone, then each company word in turn, each in the order they got the key,
   * each lead once (at its first key).
   */
  @Override
  public List<Lead> duplicateCandidates(String email, String phone, String company) {
    List<String> keys = matchKeys(email, phone, company);
    if (keys.isEmpty()) {
      return new ArrayList<>();
    }
    Map<String, Long> hits = keyHits(keys);
    List<Lead> found = new ArrayList<>(hits.size());
    List<LeadId> missing = new ArrayList<>();
    for (Map.Entry<String, Long> hit : hits.entrySet()) {
      Lead held = committed.kept(stateKey(hit.getKey(), hit.getValue()));
      found.add(held);
      if (held == null) {
        missing.add(LeadId.of(hit.getKey()));
      }
    }
    if (!missing.isEmpty()) {
      Map<LeadId, Lead> read = table.findAllById(missing);
      int next = 0;
      for (int i = 0; i < found.size(); i++) {
        if (found.get(i) == null) {
          found.set(i, remember(read.get(missing.get(next++))));
        }
      }
      found.removeIf(java.util.Objects::isNull); // a lead gone between the two reads
    }
    return found;
  }

  /**
   * Reads the indexes alone: the ids of the leads holding any of the keys with their stored
   * versions ({@code revops_leads_id_version}), in the in-memory default's order, each lead once
   * (at its first key).
   */
  private Map<String, Long> keyHits(List<String> keys) {
    String sql = candidatesSql(keys.size());
    return work.read(
        "read " + KEYS,
        KEYS,
        c -> {
          Map<String, Long> hits = new LinkedHashMap<>();
          try (PreparedStatement s = c.prepareStatement(sql)) {
            KEY_BINDER.bind(s, 1, keys);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                hits.putIfAbsent(r.getString(1), r.getLong(2));
              }
            }
          }
          return hits;
        });
  }

  /** Keeps a lead's state once its transaction commits; returns it (null stays null). */
  private Lead remember(Lead lead) {
    if (lead != null) {
      work.whenCommitted(() -> committed.keep(stateKey(lead.id().value(), lead.version()), lead));
    }
    return lead;
  }

  private static String stateKey(String id, long version) {
    return id + '@' + version;
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
   * Returns the candidate query for a number of keys.
   *
   * @param n the number of keys, at least one
   * @return the SQL: id and version of the lead of each key row found
   */
  static String candidatesSql(int n) {
    return "SELECT l.id, l.version FROM "
        + TABLE
        + " l JOIN "
        + KEYS
        + " k ON k.lead_id = l.id "
        + candidatesWhere(n);
  }

  /**
   * Returns the condition of a candidate query with a number of keys (bound twice when there are
   * several: in the IN list and in the ORDER BY that ranks them).
   *
   * @param n the number of keys, at least one
   * @return the SQL after {@code FROM revops_leads_by_key k}
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
