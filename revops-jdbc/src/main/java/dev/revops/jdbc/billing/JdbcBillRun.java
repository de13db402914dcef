package dev.revops.jdbc.billing;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.service.BatchIssue;
import dev.revops.billing.service.BillingCycleService;
import dev.revops.core.id.AccountId;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bill run sharded over workers through table {@code revops_bill_run_accounts}: {@link #open}
 * lists every account with a subscription once per run (opening it again adds only accounts that
 * are new); each worker ({@link #work}, on any thread of any app instance) claims a batch of open
 * accounts with {@code SELECT ... FOR UPDATE SKIP LOCKED} and a lease, bills them with {@link
 * BillingCycleService#issueAll} (the batch read and written a batch at a time) and marks them done
 * <em>in the same unit of work</em> (one unit of work per claimed batch; when a write of the batch
 * fails, each account is billed again on its own behind a savepoint, so a failing account is rolled
 * back alone and the batch commits once). So:
 *
 * <ul>
 *   <li>no two workers hold an account at once, and none is skipped: a worker only stops when no
 *       open account is left to claim;
 *   <li>a worker that dies leaves its claimed accounts; once their lease runs out the next claim
 *       takes them over. An account it had already billed is marked done with its invoices, so it
 *       is not billed again; should it be (a lease shorter than one account's billing), the
 *       generator's diff finds nothing new and the constraint {@code revops_invoice_lines_once}
 *       refuses a second recurring line;
 *   <li>memory is bounded by the batch: accounts are read one batch at a time, never all.
 * </ul>
 *
 * Thread-safe: one object can serve several worker threads, each claiming under its own owner id.
 */
public final class JdbcBillRun {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcBillRun.class);
  private static final String TABLE = "revops_bill_run_accounts";

  private final Database db;
  private final BillingCycleService cycle;
  private final Duration lease;
  private final int batch;
  private final String openSql;

  /**
   * Creates a bill run.
   *
   * @param db the database (migrated)
   * @param cycle bills one account; built over this database's stores, unit of work and outbox
   * @param lease how long a claimed batch is reserved for its worker (above zero; longer than a
   *     batch takes to bill)
   * @param batch how many accounts a worker claims at a time (1 to 10,000)
   */
  public JdbcBillRun(RevOpsDatabase db, BillingCycleService cycle, Duration lease, int batch) {
    this.db = requireNonNull(db, "db").database();
    this.cycle = requireNonNull(cycle, "cycle");
    this.lease = requireNonNull(lease, "lease");
    if (lease.isZero() || lease.isNegative()) {
      throw new IllegalArgumentException("bill run lease must be positive, got " + lease);
    }
    if (batch < 1 || batch > 10_000) {
      throw new IllegalArgumentException("bill run batch must be 1 to 10,000, got " + batch);
    }
    this.batch = batch;
    this.openSql =
        this.db.dialect() == dev.revops.jdbc.Dialect.POSTGRESQL
            ? "INSERT INTO revops_bill_run_accounts (run_id, account_id)"
                + " SELECT DISTINCT ?, account_id FROM revops_subscriptions"
                + " ON CONFLICT DO NOTHING"
            : "INSERT INTO revops_bill_run_accounts (run_id, account_id)"
                + " SELECT DISTINCT ?, s.account_id FROM revops_subscriptions s"
                + " WHERE NOT EXISTS (SELECT 1 FROM revops_bill_run_accounts r"
                + " WHERE r.run_id = ? AND r.account_id = s.account_id)";
  }

  /**
   * What one worker did.
   *
   * @param accounts how many accounts it billed and marked done
   * @param invoices how many invoices it issued
   * @param batches how many batches it claimed
   * @param failed how many accounts failed to bill (they stay open, and are claimed again once
   *     their lease runs out; their exception's class is logged, never its message)
   */
  public record WorkerReport(int accounts, int invoices, int batches, int failed) {}

  /**
   * Opens a run: lists every account with a subscription under the run's id. Idempotent: opening
   * again adds only accounts not yet listed.
   *
   * @param runId the run's id, e.g. {@code "bill-2024-05-01"} (never blank)
   * @return how many accounts were added
   */
  public int open(String runId) {
    requireRunId(runId);
    return db.work()
        .call(
            "open a bill run",
            TABLE,
            c -> {
              try (PreparedStatement s = c.prepareStatement(openSql)) {
                s.setString(1, runId);
                if (db.dialect() != dev.revops.jdbc.Dialect.POSTGRESQL) {
                  s.setString(2, runId);
                }
                return s.executeUpdate();
              }
            });
  }

  /**
   * Works on a run until no open account is left to claim: claims a batch, bills each account up to
   * {@code asOf} (one unit of work per batch, each account behind a savepoint and marked done with
   * its invoices), and claims again.
   *
   * @param runId the run's id
   * @param asOf the date to bill up to (also the issue date)
   * @return what this worker did
   */
  public WorkerReport work(String runId, LocalDate asOf) {
    requireRunId(runId);
    requireNonNull(asOf, "asOf");
    String owner = UUID.randomUUID().toString();
    int accounts = 0;
    int invoices = 0;
    int batches = 0;
    int failed = 0;
    // each claim starts after this worker's last one, so it does not walk the index over every
    // account the run has done so far (at 1,000,000 accounts that walk made claims quadratic);
    // when nothing is left ahead, one claim from the start takes over expired leases and any
    // account skipped while another worker held it, and the run ends when that finds nothing
    String after = null;
    while (true) {
      List<AccountId> claimed = claim(runId, owner, after);
      if (claimed.isEmpty()) {
        if (after == null) {
          break;
        }
        after = null;
        continue;
      }
      after = claimed.get(claimed.size() - 1).value();
      batches++;
      int[] done = billBatch(runId, asOf, claimed);
      accounts += done[0];
      invoices += done[1];
      failed += done[2];
    }
    LOG.debug(
        "bill run {}: {} accounts, {} invoices in {} batches, {} failed",
        runId,
        accounts,
        invoices,
        batches,
        failed);
    return new WorkerReport(accounts, invoices, batches, failed);
  }

  /**
   * Bills a claimed batch in one unit of work. First the whole batch at once ({@link
   * BillingCycleService#issueAll}: a few batched reads and writes for all its accounts, then one
   * batched mark), behind a savepoint. Should a write of it fail (a constraint refusing one
   * account's line, say), the batch goes back to the savepoint and is billed one account at a time,
   * each behind its own savepoint: an account that fails is rolled back alone and stays open for a
   * later claim, the others commit together with their marks. An account whose billing cannot even
   * be computed is left open on either path. One commit per batch: on PostgreSQL with {@code
   * synchronous_commit} on, the per-account commit was 42 % of the bill run's time, and the
   * per-account statements most of the rest (benchmarks README, run 17).
   *
   * @return accounts billed, invoices issued, accounts failed
   */
  private int[] billBatch(String runId, LocalDate asOf, List<AccountId> claimed) {
    int[] counts = new int[3];
    try {
      db.work()
          .inTransaction(
              () -> {
                Connection c = db.work().connection();
                Savepoint whole = savepoint(c);
                try {
                  BatchIssue done = cycle.issueAll(claimed, asOf);
                  markDone(runId, done.issued());
                  release(c, whole);
                  counts[0] = done.issued().size();
                  counts[1] = done.invoiceCount();
                  counts[2] = done.failed().size();
                  done.failed().forEach((account, e) -> logFailure(runId, account, e));
                } catch (RuntimeException e) {
                  rollbackTo(c, whole);
                  LOG.debug(
                      "bill run {}: a batch of {} accounts is billed one at a time ({})",
                      runId,
                      claimed.size(),
                      e.getClass().getName());
                  oneAtATime(runId, asOf, claimed, c, counts);
                }
                return null;
              });
    } catch (RuntimeException e) {
      // the batch's commit failed: nothing of it is stored, every account stays open
      LOG.warn(
          "bill run {}: a batch of {} accounts was not committed ({})",
          runId,
          claimed.size(),
          e.getClass().getName());
      return new int[] {0, 0, claimed.size()};
    }
    return counts;
  }

  /** Bills each account behind its own savepoint (the fallback of {@link #billBatch}). */
  private void oneAtATime(
      String runId, LocalDate asOf, List<AccountId> claimed, Connection c, int[] counts) {
    for (AccountId account : claimed) {
      Savepoint sp = savepoint(c);
      try {
        List<Invoice> made = cycle.issue(account, asOf, null);
        markDone(runId, Map.of(account, made));
        release(c, sp);
        counts[0]++;
        counts[1] += made.size();
      } catch (RuntimeException e) {
        rollbackTo(c, sp);
        counts[2]++;
        logFailure(runId, account, e);
      }
    }
  }

  private static void logFailure(String runId, AccountId account, RuntimeException e) {
    // an account that fails stays open for the next claim after its lease
    LOG.warn("bill run {}: account {} failed ({})", runId, account.value(), e.getClass().getName());
  }

  private static Savepoint savepoint(Connection c) {
    try {
      return c.setSavepoint();
    } catch (SQLException e) {
      throw Sql.translate("set a savepoint", TABLE, e);
    }
  }

  private static void release(Connection c, Savepoint sp) {
    try {
      c.releaseSavepoint(sp);
    } catch (SQLException e) {
      throw Sql.translate("release a savepoint", TABLE, e);
    }
  }

  private static void rollbackTo(Connection c, Savepoint sp) {
    try {
      c.rollback(sp);
    } catch (SQLException e) {
      throw Sql.translate("roll back to a savepoint", TABLE, e);
    }
  }

  /**
   * Claims the next batch for a worker (what {@link #work} does between batches); for a host that
   * drives the loop itself, or a test.
   *
   * @param runId the run's id
   * @param owner the worker's id
   * @return the claimed accounts, in id order; empty when none is open and unclaimed
   */
  public List<AccountId> claim(String runId, String owner) {
    return claim(runId, owner, null);
  }

  /** Claims the next batch among the accounts after {@code after} (all of them when null). */
  private List<AccountId> claim(String runId, String owner, String after) {
    requireRunId(runId);
    requireNonNull(owner, "owner");
    Instant now = db.clock().instant();
    return db.work()
        .inTransaction(
            () ->
                db.work()
                    .call(
                        "claim from a bill run",
                        TABLE,
                        c -> {
                          List<AccountId> out = new ArrayList<>(batch);
                          try (PreparedStatement s =
                              c.prepareStatement(
                                  "SELECT account_id FROM revops_bill_run_accounts WHERE run_id = ?"
                                      + " AND done_at IS NULL AND (claimed_until IS NULL"
                                      + " OR claimed_until < ?)"
                                      + (after == null ? "" : " AND account_id > ?")
                                      + " ORDER BY account_id LIMIT ? FOR UPDATE SKIP LOCKED")) {
                            s.setString(1, runId);
                            Sql.setInstant(s, 2, now);
                            int next = 3;
                            if (after != null) {
                              s.setString(next++, after);
                            }
                            s.setInt(next, batch);
                            try (ResultSet r = s.executeQuery()) {
                              while (r.next()) {
                                out.add(AccountId.of(r.getString(1)));
                              }
                            }
                          }
                          if (!out.isEmpty()) {
                            try (PreparedStatement s =
                                c.prepareStatement(
                                    "UPDATE revops_bill_run_accounts SET claimed_by = ?,"
                                        + " claimed_until = ? WHERE run_id = ? AND account_id = ?")) {
                              for (AccountId a : out) {
                                s.setString(1, owner);
                                Sql.setInstant(s, 2, now.plus(lease));
                                s.setString(3, runId);
                                s.setString(4, a.value());
                                s.addBatch();
                              }
                              s.executeBatch();
                            }
                          }
                          return out;
                        }));
  }

  /**
   * Returns how many accounts of a run are not done yet.
   *
   * @param runId the run's id
   * @return the count
   */
  public long remaining(String runId) {
    requireRunId(runId);
    return db.work()
        .call(
            "count a bill run",
            TABLE,
            c -> {
              try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT count(*) FROM revops_bill_run_accounts WHERE run_id = ?"
                          + " AND done_at IS NULL")) {
                s.setString(1, runId);
                try (ResultSet r = s.executeQuery()) {
                  r.next();
                  return r.getLong(1);
                }
              }
            });
  }

  /** Marks billed accounts done with their invoice counts, in one batched statement. */
  private void markDone(String runId, Map<AccountId, List<Invoice>> billed) {
    if (billed.isEmpty()) {
      return;
    }
    Instant now = db.clock().instant();
    db.work()
        .call(
            "mark bill run accounts done",
            TABLE,
            c -> {
              try (PreparedStatement s =
                  c.prepareStatement(
                      "UPDATE revops_bill_run_accounts SET done_at = ?, invoices = ?,"
                          + " claimed_by = NULL, claimed_until = NULL"
                          + " WHERE run_id = ? AND account_id = ? AND done_at IS NULL")) {
                for (Map.Entry<AccountId, List<Invoice>> e : billed.entrySet()) {
                  Sql.setInstant(s, 1, now);
                  s.setInt(2, e.getValue().size());
                  s.setString(3, runId);
                  s.setString(4, e.getKey().value());
                  s.addBatch();
                }
                s.executeBatch();
              }
              return null;
            });
  }

  private static void requireRunId(String runId) {
    requireNonNull(runId, "runId");
    if (runId.isBlank()) {
      throw new IllegalArgumentException("bill run id must not be blank");
    }
  }
}
