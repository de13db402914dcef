package dev.revops.jdbc.collections;

import static dev.revops.jdbc.collections.CollectionsData.T0;
import static dev.revops.jdbc.collections.CollectionsData.attempt;
import static dev.revops.jdbc.collections.SameAnswer.same;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.collections.activity.Activity;
import dev.revops.collections.port.ActivityLog;
import dev.revops.collections.port.memory.InMemoryActivityLog;
import dev.revops.core.consent.ContactOutcome;
import dev.revops.core.error.IdempotencyConflictException;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.collections.ChainVerification.BrokenEntry;
import dev.revops.jdbc.collections.ChainVerification.Problem;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The activity log on a database: append-only, entries in append order, the per-account hash chain
 * verifies after many appends and names the first entry changed or removed with plain SQL, and
 * appends for one debtor from two application instances at once never fork the chain. {@code
 * H2ActivityLogTest} and {@code PostgresActivityLogTest} run it on each database.
 */
abstract class ActivityLogContract {
  static final AccountId ACCOUNT = AccountId.of("acct-t");
  static final AccountId OTHER = AccountId.of("acct-other");

  /**
   * Returns the database of the running test class.
   *
   * @return the database, migrated
   */
  abstract RevOpsDatabase db();

  /**
   * Returns a second application instance on the same database: another {@link RevOpsDatabase} over
   * a data source (a pool) of its own.
   *
   * @return the database
   */
  abstract RevOpsDatabase otherInstance();

  RevOpsDatabase fresh() {
    return CollectionsTables.clear(db());
  }

  @Test
  void readsByIdDebtAndAccountInAppendOrder() {
    JdbcActivityLog log = new JdbcActivityLog(fresh().database());
    Activity a1 = attempt("1", "a", "d1", T0, "");
    Activity a2 = attempt("2", "a", "d2", T0, "");
    Activity a3 = attempt("3", "b", "d1", T0, "");
    Activity a4 = attempt("4", "a", "d1", T0, "");
    List.of(a1, a2, a3, a4).forEach(log::append);
    log.append(a2); // same content: a no-op

    assertThat(log.find("3")).contains(a3);
    assertThat(log.find("9")).isEmpty();
    assertThat(log.forDebt(ReceivableId.of("d1"))).containsExactly(a1, a3, a4);
    assertThat(log.forAccount(AccountId.of("a"))).containsExactly(a1, a2, a4);
    assertThat(log.forDebt(ReceivableId.of("none"))).isEmpty();
    assertThat(log.all()).containsExactly(a1, a2, a3, a4);
    assertThatThrownBy(() -> log.append(attempt("1", "a", "d1", T0, "other")))
        .isInstanceOf(IdempotencyConflictException.class);
    assertThat(log.forDebt(ReceivableId.of("d1"))).containsExactly(a1, a3, a4);
    assertThat(log.verifyChain(AccountId.of("a")).verified()).isEqualTo(3);
    assertThat(log.verifyChain(AccountId.of("b")).verified()).isEqualTo(1);
  }

  @Test
  void aBodyRewrittenBehindTheLogsBackIsReadAsStoredNotAsAppended() {
    RevOpsDatabase db = fresh();
    JdbcActivityLog log = new JdbcActivityLog(db.database());
    Activity a1 = attempt("1", "a", "d1", T0, "");
    Activity a2 = attempt("2", "a", "d1", T0, "");
    log.append(a1);
    log.append(a2);
    assertThat(log.forDebt(ReceivableId.of("d1"))).containsExactly(a1, a2);
    Activity changed = withNote(a1, "rewritten");
    setBody(db, a1, changed);
    assertThat(log.forDebt(ReceivableId.of("d1"))).containsExactly(changed, a2);
    assertThat(log.find("1")).contains(changed);
    // another instance reads the same, parsing what it never appended
    JdbcActivityLog elsewhere = new JdbcActivityLog(otherInstance().database());
    assertThat(elsewhere.forDebt(ReceivableId.of("d1"))).containsExactly(changed, a2);
  }

  @Test
  void answersAsTheInMemoryDefaultOnTheSameAppends() {
    JdbcActivityLog jdbc = new JdbcActivityLog(fresh().database());
    InMemoryActivityLog memory = new InMemoryActivityLog();
    Random random = new Random(7L);
    List<Activity> appended = new ArrayList<>();
    Set<AccountId> accounts = new TreeSet<>((x, y) -> x.value().compareTo(y.value()));
    Set<ReceivableId> debts = new TreeSet<>((x, y) -> x.value().compareTo(y.value()));
    for (int n = 0; n < 300; n++) {
      String account = "acct-" + random.nextInt(4);
      String debt = "inv-" + random.nextInt(6);
      Instant at = T0.plusSeconds(random.nextInt(10_000)).plusNanos(random.nextInt(1000));
      Activity a =
          switch (random.nextInt(4)) {
            case 0 -> CollectionsData.note("n-" + n, account, debt, at, "code-" + n);
            case 1 ->
                appended.isEmpty()
                    ? attempt("a-" + n, account, debt, at, "PHONE")
                    : CollectionsData.outcome(
                        "o-" + n,
                        appended.get(random.nextInt(appended.size())),
                        ContactOutcome.values()[random.nextInt(ContactOutcome.values().length)]);
            default -> attempt("a-" + n, account, debt, at, "PHONE");
          };
      same("append " + a.id(), () -> append(jdbc, a), () -> append(memory, a));
      appended.add(a);
      accounts.add(a.account());
      debts.add(a.debt());
      if (n % 10 == 0) {
        Activity again = appended.get(random.nextInt(appended.size()));
        same("append again " + again.id(), () -> append(jdbc, again), () -> append(memory, again));
        Activity other =
            CollectionsData.note(
                again.id(), again.account().value(), again.debt().value(), at, "changed");
        same("conflict " + again.id(), () -> append(jdbc, other), () -> append(memory, other));
      }
    }
    for (AccountId a : accounts) {
      same("for " + a, () -> jdbc.forAccount(a), () -> memory.forAccount(a));
      assertThat(jdbc.verifyChain(a).intact()).as("chain of " + a).isTrue();
    }
    for (ReceivableId d : debts) {
      same("for " + d, () -> jdbc.forDebt(d), () -> memory.forDebt(d));
    }
    for (Activity a : appended) {
      same("find " + a.id(), () -> jdbc.find(a.id()), () -> memory.find(a.id()));
    }
    same("all", jdbc::all, memory::all);
    same("null find", () -> jdbc.find(null), () -> memory.find(null));
    same("null debt", () -> jdbc.forDebt(null), () -> memory.forDebt(null));
    same("null account", () -> jdbc.forAccount(null), () -> memory.forAccount(null));
    same("null append", () -> append(jdbc, null), () -> append(memory, null));
  }

  private static String append(ActivityLog log, Activity a) {
    log.append(a);
    return "appended";
  }

  @Test
  void theAdapterHasNoUpdateOrDeletePath() {
    Set<String> names = new HashSet<>();
    for (Method m : JdbcActivityLog.class.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers())) {
        names.add(m.getName());
      }
    }
    assertThat(names)
        .containsExactlyInAnyOrder("append", "find", "forDebt", "forAccount", "all", "verifyChain");
  }

  @Test
  void anAppendInARolledBackUnitOfWorkLeavesNoEntryAndNoLink() {
    RevOpsDatabase db = fresh();
    JdbcActivityLog log = new JdbcActivityLog(db.database());
    Activity first = attempt("e1", ACCOUNT.value(), "inv-1", T0, "");
    Activity lost = attempt("e-lost", ACCOUNT.value(), "inv-1", T0, "");
    Activity second = attempt("e2", ACCOUNT.value(), "inv-1", T0, "");
    log.append(first);
    assertThatThrownBy(
            () ->
                db.unitOfWork()
                    .inTransaction(
                        () -> {
                          log.append(lost);
                          assertThat(log.find("e-lost")).contains(lost);
                          assertThat(log.forAccount(ACCOUNT)).containsExactly(first, lost);
                          throw new IllegalStateException("roll back");
                        }))
        .hasMessage("roll back");
    assertThat(log.find("e-lost")).isEmpty();
    log.append(second);
    assertThat(log.forAccount(ACCOUNT)).containsExactly(first, second);
    ChainVerification v = log.verifyChain(ACCOUNT);
    assertThat(v.intact()).isTrue();
    assertThat(v.verified()).isEqualTo(2);
    assertThat(
            CollectionsTables.text(
                db, "SELECT chain_no FROM revops_activity_log WHERE id = ?", "e2"))
        .isEqualTo("2");
  }

  @Test
  void theChainVerifiesAfterManyAppendsAcrossPages() {
    RevOpsDatabase db = fresh();
    JdbcActivityLog log = new JdbcActivityLog(db.database());
    for (int n = 0; n < 1_150; n++) {
      AccountId account = n % 10 == 9 ? OTHER : ACCOUNT;
      log.append(
          attempt("e-" + n, account.value(), "inv-" + (n % 7), T0.plusSeconds(n).plusNanos(n), ""));
    }
    log.append(attempt("e-0", ACCOUNT.value(), "inv-0", T0, "")); // a replay adds no link
    ChainVerification main = log.verifyChain(ACCOUNT);
    assertThat(main.intact()).isTrue();
    assertThat(main.firstBroken()).isEmpty();
    assertThat(main.verified()).isEqualTo(1_035);
    assertThat(main.headHash())
        .hasSize(64)
        .isEqualTo(
            CollectionsTables.text(
                db,
                "SELECT last_hash FROM revops_activity_heads WHERE account_id = ?",
                ACCOUNT.value()))
        .isEqualTo(
            CollectionsTables.text(
                db, "SELECT entry_hash FROM revops_activity_log WHERE id = ?", "e-1148"));
    ChainVerification other = log.verifyChain(OTHER);
    assertThat(other.intact()).isTrue();
    assertThat(other.verified()).isEqualTo(115);
    assertThat(other.headHash()).isNotEqualTo(main.headHash());
    ChainVerification none = log.verifyChain(AccountId.of("acct-none"));
    assertThat(none.intact()).isTrue();
    assertThat(none.verified()).isZero();
    assertThat(none.headHash()).isEqualTo(ChainVerification.GENESIS);
    // each entry links to the one before it
    assertThat(
            CollectionsTables.text(
                db, "SELECT prev_hash FROM revops_activity_log WHERE id = ?", "e-1"))
        .isEqualTo(
            CollectionsTables.text(
                db, "SELECT entry_hash FROM revops_activity_log WHERE id = ?", "e-0"));
  }

  /**
   * A change made with plain SQL, behind the log's back, and the first break verification must
   * name.
   *
   * @param name what the change does
   * @param change makes the change on the database, given the account's entries in order
   * @param position the place of the first break
   * @param entry the index (in the entries) of the entry it names, or -1 for none
   * @param previous the index of the last intact entry before it, or -1 for none
   * @param problem what is wrong
   */
  record Tamper(
      String name,
      Change change,
      long position,
      int entry,
      int previous,
      Problem problem,
      long verified) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A change on the database. */
  @FunctionalInterface
  interface Change {
    void apply(RevOpsDatabase db, List<Activity> entries);
  }

  static final int CHAIN = 10;

  static Stream<Tamper> tampering() {
    return Stream.of(
        new Tamper(
            "an entry's JSON changed",
            (db, e) -> setBody(db, e.get(3), withNote(e.get(3), "rewritten")),
            4,
            3,
            2,
            Problem.CHANGED,
            3),
        new Tamper(
            "an entry's debt column changed",
            (db, e) ->
                CollectionsTables.execute(
                    db,
                    "UPDATE revops_activity_log SET debt_id = 'inv-x' WHERE id = ?",
                    e.get(3).id()),
            4,
            3,
            2,
            Problem.CHANGED,
            3),
        new Tamper(
            "an entry's instant column changed",
            (db, e) ->
                CollectionsTables.execute(
                    db,
                    "UPDATE revops_activity_log SET at = CAST('2020-01-01 00:00:00+00' AS"
                        + " timestamp with time zone) WHERE id = ?",
                    e.get(6).id()),
            7,
            6,
            5,
            Problem.CHANGED,
            6),
        new Tamper(
            "an entry's stored hash changed",
            (db, e) ->
                CollectionsTables.execute(
                    db,
                    "UPDATE revops_activity_log SET entry_hash = ? WHERE id = ?",
                    "f".repeat(64),
                    e.get(5).id()),
            6,
            5,
            4,
            Problem.CHANGED,
            5),
        new Tamper(
            "an entry's link changed",
            (db, e) ->
                CollectionsTables.execute(
                    db,
                    "UPDATE revops_activity_log SET prev_hash = ? WHERE id = ?",
                    ChainVerification.GENESIS,
                    e.get(5).id()),
            6,
            5,
            4,
            Problem.LINK_BROKEN,
            5),
        new Tamper(
            "an entry changed with its own hash recomputed",
            (db, e) -> rewrite(db, e.get(3), withNote(e.get(3), "rewritten")),
            5,
            4,
            3,
            Problem.LINK_BROKEN,
            4),
        new Tamper(
            "the JSON of two entries swapped",
            (db, e) -> {
              setBody(db, e.get(2), e.get(3));
              setBody(db, e.get(3), e.get(2));
            },
            3,
            2,
            1,
            Problem.CHANGED,
            2),
        new Tamper(
            "the places of two entries swapped",
            (db, e) -> {
              moveTo(db, e.get(3), 1000);
              moveTo(db, e.get(4), 4);
              moveTo(db, e.get(3), 5);
            },
            4,
            4,
            2,
            Problem.LINK_BROKEN,
            3),
        new Tamper(
            "an entry moved in the log's append order",
            (db, e) -> {
              // the identity column cannot be updated: copy the row under an earlier seq,
              // delete the original, and give the copy its id and place back
              CollectionsTables.execute(
                  db,
                  "INSERT INTO revops_activity_log (seq, id, account_id, chain_no, debt_id,"
                      + " contact_id, channel, activity_type, outcome, attempt_id, at, body,"
                      + " appended_at, prev_hash, entry_hash) OVERRIDING SYSTEM VALUE SELECT -1,"
                      + " 'moving', account_id, 1000, debt_id, contact_id, channel, activity_type,"
                      + " outcome, attempt_id, at, body, appended_at, prev_hash, entry_hash"
                      + " FROM revops_activity_log WHERE id = ?",
                  e.get(4).id());
              delete(db, e.get(4));
              CollectionsTables.execute(
                  db,
                  "UPDATE revops_activity_log SET id = ?, chain_no = 5 WHERE id = 'moving'",
                  e.get(4).id());
            },
            5,
            4,
            3,
            Problem.OUT_OF_ORDER,
            4),
        new Tamper(
            "an entry in the middle deleted",
            (db, e) -> delete(db, e.get(4)),
            5,
            5,
            3,
            Problem.MISSING,
            4),
        new Tamper(
            "the first entry deleted",
            (db, e) -> delete(db, e.get(0)),
            1,
            1,
            -1,
            Problem.MISSING,
            0),
        new Tamper(
            "the last entry deleted",
            (db, e) -> delete(db, e.get(CHAIN - 1)),
            CHAIN,
            -1,
            CHAIN - 2,
            Problem.MISSING,
            CHAIN - 1),
        new Tamper(
            "an entry added behind the log's back",
            (db, e) ->
                CollectionsTables.execute(
                    db,
                    "INSERT INTO revops_activity_log (id, account_id, chain_no, debt_id,"
                        + " activity_type, at, body, appended_at, prev_hash, entry_hash)"
                        + " SELECT 'forged', account_id, chain_no + 1, debt_id, activity_type, at,"
                        + " body, appended_at, entry_hash, entry_hash FROM revops_activity_log"
                        + " WHERE id = ?",
                    e.get(CHAIN - 1).id()),
            CHAIN + 1,
            CHAIN,
            CHAIN - 1,
            Problem.NOT_IN_HEAD,
            CHAIN),
        new Tamper(
            "the head's count raised",
            (db, e) ->
                CollectionsTables.execute(
                    db,
                    "UPDATE revops_activity_heads SET last_no = last_no + 1 WHERE account_id = ?",
                    ACCOUNT.value()),
            CHAIN + 1,
            -1,
            CHAIN - 1,
            Problem.MISSING,
            CHAIN),
        new Tamper(
            "the head's hash changed",
            (db, e) ->
                CollectionsTables.execute(
                    db,
                    "UPDATE revops_activity_heads SET last_hash = ? WHERE account_id = ?",
                    "a".repeat(64),
                    ACCOUNT.value()),
            CHAIN,
            CHAIN - 1,
            -1,
            Problem.HEAD_MISMATCH,
            CHAIN),
        new Tamper(
            "the head deleted",
            (db, e) ->
                CollectionsTables.execute(
                    db, "DELETE FROM revops_activity_heads WHERE account_id = ?", ACCOUNT.value()),
            1,
            0,
            -1,
            Problem.HEAD_MISMATCH,
            0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tampering")
  void aChangeBehindTheLogsBackIsDetectedAndNamed(Tamper t) {
    RevOpsDatabase db = fresh();
    JdbcActivityLog log = new JdbcActivityLog(db.database());
    List<Activity> entries = chain(log);
    assertThat(log.verifyChain(ACCOUNT).intact()).as("before the change").isTrue();

    t.change().apply(db, entries);

    ChainVerification v = log.verifyChain(ACCOUNT);
    assertThat(v.intact()).as("intact after: " + t.name()).isFalse();
    BrokenEntry b = v.firstBroken().orElseThrow();
    assertThat(b.problem()).as("problem").isEqualTo(t.problem());
    assertThat(b.position()).as("position").isEqualTo(t.position());
    assertThat(b.entryId())
        .as("entry named")
        .isEqualTo(t.entry() < 0 ? null : id(entries, t.entry()));
    assertThat(b.previousEntryId())
        .as("previous entry named")
        .isEqualTo(t.previous() < 0 ? null : id(entries, t.previous()));
    assertThat(v.verified()).as("entries verified before the break").isEqualTo(t.verified());
    assertThat(log.verifyChain(OTHER).intact()).as("the other account's chain").isTrue();
  }

  private static String id(List<Activity> entries, int index) {
    return index < entries.size() ? entries.get(index).id() : "forged";
  }

  @Test
  void aConsistentRewriteOfTheWholeTailChangesTheHeadHash() {
    RevOpsDatabase db = fresh();
    JdbcActivityLog log = new JdbcActivityLog(db.database());
    List<Activity> entries = chain(log);
    String recorded = log.verifyChain(ACCOUNT).headHash();
    // someone who knows the scheme rewrites an entry and every hash after it, and the head
    rewrite(db, entries.get(3), withNote(entries.get(3), "rewritten"));
    for (int i = 4; i < CHAIN; i++) {
      String previous =
          CollectionsTables.text(
              db,
              "SELECT entry_hash FROM revops_activity_log WHERE id = ?",
              entries.get(i - 1).id());
      CollectionsTables.execute(
          db,
          "UPDATE revops_activity_log SET prev_hash = ? WHERE id = ?",
          previous,
          entries.get(i).id());
      rewrite(db, entries.get(i), entries.get(i));
    }
    CollectionsTables.execute(
        db,
        "UPDATE revops_activity_heads SET last_hash = (SELECT entry_hash FROM revops_activity_log"
            + " WHERE id = ?) WHERE account_id = ?",
        entries.get(CHAIN - 1).id(),
        ACCOUNT.value());
    ChainVerification v = log.verifyChain(ACCOUNT);
    assertThat(v.intact()).as("a consistent rewrite recomputes").isTrue();
    assertThat(v.headHash()).as("but the head hash recorded elsewhere").isNotEqualTo(recorded);
  }

  /** Ten entries for {@link #ACCOUNT} and five for {@link #OTHER}, interleaved. */
  private static List<Activity> chain(JdbcActivityLog log) {
    List<Activity> entries = new ArrayList<>();
    for (int i = 0; i < CHAIN; i++) {
      Activity a = attempt("t-" + i, ACCOUNT.value(), "inv-" + (i % 3), T0.plusSeconds(i), "");
      log.append(a);
      entries.add(a);
      if (i % 2 == 0) {
        log.append(attempt("o-" + i, OTHER.value(), "inv-o", T0.plusSeconds(i), ""));
      }
    }
    return entries;
  }

  private static Activity withNote(Activity a, String note) {
    return new Activity(
        a.id(),
        a.at(),
        a.account(),
        a.debt(),
        a.contact(),
        a.channel(),
        a.type(),
        a.outcome(),
        a.attemptId(),
        a.ruleIds(),
        note);
  }

  private static String json(RevOpsDatabase db, Activity a) {
    try {
      return db.database().json().writeValueAsString(a);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void setBody(RevOpsDatabase db, Activity row, Activity content) {
    CollectionsTables.execute(
        db,
        "UPDATE revops_activity_log SET body = " + db.dialect().jsonParameter() + " WHERE id = ?",
        json(db, content),
        row.id());
  }

  /** Replaces an entry's JSON and recomputes its own hash from its stored link, place and time. */
  private static void rewrite(RevOpsDatabase db, Activity row, Activity content) {
    String where = " FROM revops_activity_log WHERE id = ?";
    String previous = CollectionsTables.text(db, "SELECT prev_hash" + where, row.id());
    long position = Long.parseLong(CollectionsTables.text(db, "SELECT chain_no" + where, row.id()));
    Instant appendedAt = CollectionsTables.instant(db, "SELECT appended_at" + where, row.id());
    setBody(db, row, content);
    CollectionsTables.execute(
        db,
        "UPDATE revops_activity_log SET entry_hash = ? WHERE id = ?",
        ActivityHash.of(previous, position, appendedAt, content),
        row.id());
  }

  private static void moveTo(RevOpsDatabase db, Activity row, long position) {
    CollectionsTables.execute(
        db, "UPDATE revops_activity_log SET chain_no = ? WHERE id = ?", position, row.id());
  }

  private static void delete(RevOpsDatabase db, Activity row) {
    CollectionsTables.execute(db, "DELETE FROM revops_activity_log WHERE id = ?", row.id());
  }

  @Test
  void appendsForOneDebtorFromTwoInstancesNeverForkTheChain() throws Exception {
    RevOpsDatabase one = fresh();
    RevOpsDatabase two = otherInstance();
    JdbcActivityLog[] logs = {
      new JdbcActivityLog(one.database()), new JdbcActivityLog(two.database())
    };
    RevOpsDatabase[] instances = {one, two};
    int threads = 8;
    int rounds = 30;
    int perTransaction = 2;
    AccountId shared = AccountId.of("acct-race");
    List<AccountId> firsts = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < rounds; round++) {
        // every third round races on the first appends of a new debtor (its head does not exist)
        AccountId account = round % 3 == 2 ? AccountId.of("acct-new-" + round) : shared;
        if (!account.equals(shared)) {
          firsts.add(account);
        }
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int thread = t;
          int r = round;
          futures.add(
              pool.submit(
                  () -> {
                    RevOpsDatabase db = instances[thread % 2];
                    JdbcActivityLog log = logs[thread % 2];
                    ready.countDown();
                    start.await();
                    db.unitOfWork()
                        .inTransaction(
                            () -> {
                              for (int k = 0; k < perTransaction; k++) {
                                log.append(
                                    attempt(
                                        "r" + r + "-t" + thread + "-" + k,
                                        account.value(),
                                        "inv-" + (thread % 3),
                                        T0.plusSeconds(r),
                                        "t" + thread));
                              }
                              return null;
                            });
                    return null;
                  }));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).as("threads ready").isTrue();
        start.countDown();
        for (Future<?> f : futures) {
          f.get(120, TimeUnit.SECONDS);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    long sharedRounds = rounds - firsts.size();
    checkUnforked(logs, shared, sharedRounds * threads * perTransaction, perTransaction);
    for (AccountId account : firsts) {
      checkUnforked(logs, account, (long) threads * perTransaction, perTransaction);
    }
  }

  private static void checkUnforked(
      JdbcActivityLog[] logs, AccountId account, long expected, int perTransaction) {
    for (JdbcActivityLog log : logs) {
      ChainVerification v = log.verifyChain(account);
      assertThat(v.firstBroken()).as("break in the chain of " + account.value()).isEmpty();
      assertThat(v.verified()).as("entries of " + account.value()).isEqualTo(expected);
    }
    List<Activity> entries = logs[0].forAccount(account);
    assertThat(entries).hasSize((int) expected);
    assertThat(logs[1].forAccount(account)).isEqualTo(entries);
    // the appends of one transaction are neighbours: the debtor was locked until its commit
    for (int i = 0; i < entries.size(); i += perTransaction) {
      String transaction = entries.get(i).id().substring(0, entries.get(i).id().lastIndexOf('-'));
      for (int k = 0; k < perTransaction; k++) {
        assertThat(entries.get(i + k).id())
            .as("entry " + (i + k) + " of " + account.value())
            .isEqualTo(transaction + "-" + k);
      }
    }
  }
}
