package dev.revops.jdbc.collections;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.revops.collections.activity.Activity;
import dev.revops.collections.port.ActivityLog;
import dev.revops.core.error.IdempotencyConflictException;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.jdbc.ConstraintViolationException;
import dev.revops.jdbc.DataAccessException;
import dev.revops.jdbc.table.BodyCache;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ActivityLog} on table {@code revops_activity_log}: append-only (this class has no update
 * and no delete), indexed by id, by debt and by account, each entry's fields a finance query needs
 * as columns and the whole entry as JSON.
 *
 * <p>Each account's entries form a hash chain: an entry records its place in the account's chain,
 * the previous entry's hash and its own hash (SHA-256 of the previous hash and its content), and
 * {@code revops_activity_heads} holds the account's entry count and last hash. {@link
 * #verifyChain(AccountId)} recomputes the chain and names the first entry that was changed,
 * removed, reordered or added with plain SQL. An append locks the account's head row ({@code SELECT
 * ... FOR UPDATE}) until its transaction ends, so appends for one account are serialised across
 * every instance of the host and the chain never forks (the unique constraint on {@code
 * (account_id, chain_no)} refuses a fork even then). Appends for other accounts proceed in
 * parallel.
 *
 * <p>The chain detects changes made behind the log's back; it cannot stop someone with write access
 * from rewriting a whole chain and its head consistently. Record {@link
 * ChainVerification#headHash()} elsewhere (an audit system, a signed report) to detect that too,
 * and grant the host's database user no {@code UPDATE} or {@code DELETE} on the table.
 *
 * <p>As the port requires, appending an id again with the same content is a no-op and with other
 * content an {@link IdempotencyConflictException}. Inside a unit of work an append is seen by that
 * unit of work's reads at once and by others once it commits; a unit of work that rolls back leaves
 * no entry and no change to the chain. Reads return entries in append order ({@code forAccount} in
 * chain order, which is the account's append order); {@link #all()} returns the log in the order
 * entries were appended, and appends of different accounts that run at once may commit in another
 * order. Thread-safe.
 */
public final class JdbcActivityLog implements ActivityLog {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcActivityLog.class);
  private static final String TABLE = "revops_activity_log";
  private static final String HEADS = "revops_activity_heads";
  private static final int PAGE = 500;
  private static final String COLUMNS =
      "seq, id, account_id, chain_no, debt_id, contact_id, channel, activity_type, outcome,"
          + " attempt_id, at, body, appended_at, prev_hash, entry_hash";

  private final Database db;

  /**
   * The entries parsed from recently read or appended bodies: entries never change, so a debt's log
   * read again on its next contact attempt is not parsed again; a row changed behind the log's back
   * has another body and is parsed anew.
   */
  private final BodyCache<Activity> parsed = new BodyCache<>(8_192);

  private final String insertEntry;
  private final String insertHead;

  /** The head of an account's chain as read under its lock. */
  private record Head(long lastNo, String lastHash) {}

  /** One stored row, as verification reads it. */
  private record Row(
      long seq,
      String id,
      String account,
      long chainNo,
      String debt,
      String contact,
      String channel,
      String type,
      String outcome,
      String attemptId,
      Instant at,
      String body,
      Instant appendedAt,
      String prevHash,
      String entryHash) {}

  /**
   * Creates the log.
   *
   * @param db the database
   */
  public JdbcActivityLog(Database db) {
    this.db = requireNonNull(db, "db");
    this.insertEntry =
        db.dialect()
            .insertIfAbsent(
                "INSERT INTO revops_activity_log (id, account_id, chain_no, debt_id, contact_id,"
                    + " channel, activity_type, outcome, attempt_id, at, body, appended_at,"
                    + " prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + db.dialect().jsonParameter()
                    + ", ?, ?, ?)");
    this.insertHead =
        db.dialect()
            .insertIfAbsent(
                "INSERT INTO revops_activity_heads (account_id, last_no, last_hash, updated_at)"
                    + " VALUES (?, 0, ?, ?)");
  }

  @Override
  public void append(Activity activity) {
    requireNonNull(activity, "activity");
    String body = write(activity);
    db.work()
        .call(
            "append to " + TABLE,
            TABLE,
            c -> {
              appendOn(c, activity, body);
              return null;
            });
  }

  private void appendOn(Connection c, Activity activity, String body) throws SQLException {
    Head head = lockHead(c, activity.account());
    Optional<Activity> existing = findOn(c, activity.id());
    if (existing.isPresent()) {
      sameOrConflict(existing.get(), activity);
      return;
    }
    long position = head.lastNo() + 1;
    Instant appendedAt = Instants.storable(db.clock().instant());
    String hash = ActivityHash.of(head.lastHash(), position, appendedAt, activity);
    if (insert(c, activity, body, position, appendedAt, head.lastHash(), hash) == 0) {
      // the id was taken meanwhile by an append for another account
      Optional<Activity> raced = findOn(c, activity.id());
      if (raced.isPresent()) {
        sameOrConflict(raced.get(), activity);
        return;
      }
      throw new ConstraintViolationException("revops_activity_log_chain_unique", TABLE, null);
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE revops_activity_heads SET last_no = ?, last_hash = ?, updated_at = ?"
                + " WHERE account_id = ?")) {
      s.setLong(1, position);
      s.setString(2, hash);
      Sql.setInstant(s, 3, appendedAt);
      s.setString(4, activity.account().value());
      s.executeUpdate();
    }
    parsed.keep(body, activity);
  }

  private static void sameOrConflict(Activity stored, Activity activity) {
    if (!stored.equals(activity)) {
      throw new IdempotencyConflictException(
          activity.id(), "an activity with this id was already logged with other content");
    }
  }

  private int insert(
      Connection c,
      Activity a,
      String body,
      long position,
      Instant appendedAt,
      String previous,
      String hash)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(insertEntry)) {
      s.setString(1, a.id());
      s.setString(2, a.account().value());
      s.setLong(3, position);
      s.setString(4, a.debt().value());
      Sql.setText(s, 5, a.contact() == null ? null : a.contact().value());
      Sql.setText(s, 6, a.channel() == null ? null : a.channel().name());
      s.setString(7, a.type().name());
      Sql.setText(s, 8, a.outcome() == null ? null : a.outcome().name());
      Sql.setText(s, 9, a.attemptId());
      Sql.setInstant(s, 10, Instants.storable(a.at()));
      s.setString(11, body);
      Sql.setInstant(s, 12, appendedAt);
      s.setString(13, previous);
      s.setString(14, hash);
      return s.executeUpdate();
    } catch (SQLException e) {
      if (db.dialect().isDuplicateKey(e)) {
        return 0;
      }
      throw e;
    }
  }

  /** Locks the account's head row, making it (empty) for the account's first entry. */
  private Head lockHead(Connection c, AccountId account) throws SQLException {
    Optional<Head> head = readHead(c, account, true);
    if (head.isPresent()) {
      return head.get();
    }
    try (PreparedStatement s = c.prepareStatement(insertHead)) {
      s.setString(1, account.value());
      s.setString(2, ActivityHash.GENESIS);
      Sql.setInstant(s, 3, db.clock().instant());
      s.executeUpdate();
    } catch (SQLException e) {
      if (!db.dialect().isDuplicateKey(e)) {
        throw e;
      }
    }
    return readHead(c, account, true)
        .orElseThrow(() -> new IllegalStateException("the activity head of an account vanished"));
  }

  private static Optional<Head> readHead(Connection c, AccountId account, boolean lock)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT last_no, last_hash FROM revops_activity_heads WHERE account_id = ?"
                + (lock ? " FOR UPDATE" : ""))) {
      s.setString(1, account.value());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(new Head(r.getLong(1), r.getString(2))) : Optional.empty();
      }
    }
  }

  @Override
  public Optional<Activity> find(String id) {
    requireNonNull(id, "id");
    return db.work().read("read " + TABLE, TABLE, c -> findOn(c, id));
  }

  private Optional<Activity> findOn(Connection c, String id) throws SQLException {
    List<Activity> found = read(c, "WHERE id = ?", id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public List<Activity> forDebt(ReceivableId debt) {
    requireNonNull(debt, "debt");
    return db.work()
        .read("read " + TABLE, TABLE, c -> read(c, "WHERE debt_id = ? ORDER BY seq", debt.value()));
  }

  @Override
  public List<Activity> forAccount(AccountId account) {
    requireNonNull(account, "account");
    return db.work()
        .read(
            "read " + TABLE,
            TABLE,
            c -> read(c, "WHERE account_id = ? ORDER BY chain_no", account.value()));
  }

  @Override
  public List<Activity> all() {
    return db.work().read("read " + TABLE, TABLE, c -> read(c, "ORDER BY seq", null));
  }

  private List<Activity> read(Connection c, String where, String param) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT body FROM " + TABLE + " " + where)) {
      if (param != null) {
        s.setString(1, param);
      }
      List<Activity> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(parsed.get(r.getString(1), this::parse));
        }
      }
      return List.copyOf(out);
    }
  }

  /**
   * Recomputes an account's hash chain from its first entry and checks it against the account's
   * head: every entry must be in its place, link to the previous entry's hash, agree with its own
   * columns and hash to what was stored. It holds the account's head lock while it reads (appends
   * for that account wait for it; others proceed), and reads the chain a page at a time.
   *
   * @param account the account (never null)
   * @return the result: intact, or the first broken entry and what is wrong with it
   */
  public ChainVerification verifyChain(AccountId account) {
    requireNonNull(account, "account");
    ChainVerification result =
        db.work().call("verify the chain of " + TABLE, TABLE, c -> verifyOn(c, account));
    result
        .firstBroken()
        .ifPresent(
            b ->
                LOG.warn(
                    "the activity chain of account {} is broken at position {} (entry {}): {}",
                    account.value(),
                    b.position(),
                    b.entryId(),
                    b.problem()));
    return result;
  }

  private ChainVerification verifyOn(Connection c, AccountId account) throws SQLException {
    Optional<Head> head = readHead(c, account, true);
    if (head.isEmpty()) {
      Optional<Row> first = firstAfter(c, account, 0);
      if (first.isEmpty()) {
        return new ChainVerification(account, 0, ActivityHash.GENESIS, null);
      }
      // the account's first append may have committed since the head was read
      head = readHead(c, account, true);
      if (head.isEmpty()) {
        return broken(
            account,
            0,
            ActivityHash.GENESIS,
            1,
            first.get().id(),
            null,
            ChainVerification.Problem.HEAD_MISMATCH);
      }
    }
    long headNo = head.get().lastNo();
    String previous = ActivityHash.GENESIS;
    String previousId = null;
    long previousSeq = Long.MIN_VALUE;
    long expected = 1;
    while (true) {
      List<Row> page = page(c, account, expected - 1);
      for (Row row : page) {
        if (row.chainNo() != expected) {
          return broken(
              account,
              expected - 1,
              previous,
              expected,
              row.id(),
              previousId,
              expected > headNo
                  ? ChainVerification.Problem.NOT_IN_HEAD
                  : ChainVerification.Problem.MISSING);
        }
        ChainVerification.Problem problem =
            check(row, account, expected, headNo, previous, previousSeq);
        if (problem != null) {
          return broken(account, expected - 1, previous, expected, row.id(), previousId, problem);
        }
        previous = row.entryHash();
        previousId = row.id();
        previousSeq = row.seq();
        expected++;
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    long verified = expected - 1;
    if (verified < headNo) {
      return broken(
          account,
          verified,
          previous,
          expected,
          null,
          previousId,
          ChainVerification.Problem.MISSING);
    }
    if (!previous.equals(head.get().lastHash())) {
      // every entry recomputes, but the head names another last hash
      return broken(
          account,
          verified,
          previous,
          Math.max(verified, 1),
          previousId,
          null,
          ChainVerification.Problem.HEAD_MISMATCH);
    }
    return new ChainVerification(account, verified, previous, null);
  }

  /** What is wrong with a row in its expected place, or null when nothing is. */
  private ChainVerification.Problem check(
      Row row, AccountId account, long position, long headNo, String previous, long previousSeq) {
    if (position > headNo) {
      return ChainVerification.Problem.NOT_IN_HEAD;
    }
    if (row.seq() <= previousSeq) {
      return ChainVerification.Problem.OUT_OF_ORDER;
    }
    if (!previous.equals(row.prevHash())) {
      return ChainVerification.Problem.LINK_BROKEN;
    }
    Activity a;
    try {
      a = db.json().readValue(row.body(), Activity.class);
    } catch (JsonProcessingException | RuntimeException e) {
      return ChainVerification.Problem.CHANGED;
    }
    if (!agrees(row, account, a)) {
      return ChainVerification.Problem.CHANGED;
    }
    String hash = ActivityHash.of(previous, position, row.appendedAt(), a);
    return hash.equals(row.entryHash()) ? null : ChainVerification.Problem.CHANGED;
  }

  /** Whether a row's columns say what its JSON says. */
  private static boolean agrees(Row row, AccountId account, Activity a) {
    return row.id().equals(a.id())
        && row.account().equals(account.value())
        && a.account().equals(account)
        && row.debt().equals(a.debt().value())
        && Objects.equals(row.contact(), a.contact() == null ? null : a.contact().value())
        && Objects.equals(row.channel(), a.channel() == null ? null : a.channel().name())
        && row.type().equals(a.type().name())
        && Objects.equals(row.outcome(), a.outcome() == null ? null : a.outcome().name())
        && Objects.equals(row.attemptId(), a.attemptId())
        && row.at().equals(Instants.storable(a.at()));
  }

  private ChainVerification broken(
      AccountId account,
      long verified,
      String headHash,
      long position,
      String entryId,
      String previousEntryId,
      ChainVerification.Problem problem) {
    return new ChainVerification(
        account,
        Math.max(verified, 0),
        headHash,
        new ChainVerification.BrokenEntry(position, entryId, previousEntryId, problem));
  }

  private static Optional<Row> firstAfter(Connection c, AccountId account, long after)
      throws SQLException {
    List<Row> rows = rows(c, account, after, 1);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  private static List<Row> page(Connection c, AccountId account, long after) throws SQLException {
    return rows(c, account, after, PAGE);
  }

  private static List<Row> rows(Connection c, AccountId account, long after, int limit)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM revops_activity_log WHERE account_id = ? AND chain_no > ?"
                + " ORDER BY chain_no LIMIT ?")) {
      s.setString(1, account.value());
      s.setLong(2, after);
      s.setInt(3, limit);
      List<Row> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(
              new Row(
                  r.getLong("seq"),
                  r.getString("id"),
                  r.getString("account_id"),
                  r.getLong("chain_no"),
                  r.getString("debt_id"),
                  r.getString("contact_id"),
                  r.getString("channel"),
                  r.getString("activity_type"),
                  r.getString("outcome"),
                  r.getString("attempt_id"),
                  Sql.getInstant(r, "at"),
                  r.getString("body"),
                  Sql.getInstant(r, "appended_at"),
                  r.getString("prev_hash"),
                  r.getString("entry_hash")));
        }
      }
      return out;
    }
  }

  private Activity parse(String body) {
    try {
      return db.json().readValue(body, Activity.class);
    } catch (JsonProcessingException e) {
      throw new DataAccessException("read an Activity from " + TABLE + ".body", null, e);
    }
  }

  private String write(Activity activity) {
    try {
      return db.json().writeValueAsString(activity);
    } catch (JsonProcessingException e) {
      throw new DataAccessException("write an Activity as JSON", null, e);
    }
  }
}
