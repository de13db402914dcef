package dev.revops.jdbc.collections;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.plan.Installment;
import dev.revops.collections.plan.PaymentPlan;
import dev.revops.collections.plan.PlanId;
import dev.revops.collections.plan.PlanStatus;
import dev.revops.collections.port.PlanRepository;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.jdbc.Dialect;
import dev.revops.jdbc.table.AggregateTable;
import dev.revops.jdbc.table.AggregateTable.Column;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.JdbcRepository;
import dev.revops.jdbc.table.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link PlanRepository} on table {@code revops_payment_plans}, with one row per installment
 * ({@code revops_plan_installments}) and per covered debt ({@code revops_plan_debts}), rewritten
 * with the plan in the caller's unit of work. {@code defaults_at} is set while a plan is active
 * with an unpaid installment, so both queries read an index ({@code (account_id, status, id)},
 * {@code (status, defaults_at, id)}). Results and their order are those of {@code
 * InMemoryPlanRepository}; a query inside a unit of work also sees that unit of work's own saves.
 * Thread-safe.
 */
public final class JdbcPlanRepository extends JdbcRepository<PlanId, PaymentPlan>
    implements PlanRepository {
  private static final String ACTIVE = PlanStatus.ACTIVE.name();
  private final Dialect dialect;
  private static final String INSERT_INSTALLMENT =
      "INSERT INTO revops_plan_installments (plan_id, line_no, installment_no, due_on,"
          + " amount_minor, paid_minor, currency) VALUES (?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_DEBT =
      "INSERT INTO revops_plan_debts (plan_id, debt_no, debt_id) VALUES (?, ?, ?)";

  /**
   * Creates the repository.
   *
   * @param db the database
   */
  public JdbcPlanRepository(Database db) {
    this(db, db.dialect());
  }

  private JdbcPlanRepository(Database db, Dialect dialect) {
    super(
        new AggregateTable<>(
            db,
            "revops_payment_plans",
            PaymentPlan.class,
            PlanId::value,
            List.of(
                new Column<>("account_id", (s, i, p) -> s.setString(i, p.account().value())),
                new Column<>("status", (s, i, p) -> s.setString(i, p.status().name())),
                new Column<>(
                    "currency",
                    (s, i, p) -> s.setString(i, p.balance().currency().getCurrencyCode())),
                new Column<>("balance_minor", (s, i, p) -> s.setLong(i, p.balance().minor())),
                new Column<>("remaining_minor", (s, i, p) -> s.setLong(i, p.remaining().minor())),
                new Column<>("grace_days", (s, i, p) -> s.setInt(i, p.graceDays())),
                new Column<>("time_zone", (s, i, p) -> s.setString(i, p.zone().getId())),
                new Column<>(
                    "defaults_at",
                    (s, i, p) ->
                        Sql.setInstant(s, i, Instants.storable(p.defaultsAt().orElse(null))))),
            JdbcPlanRepository::writeChildren));
    this.dialect = dialect;
  }

  private static void writeChildren(Connection c, PaymentPlan plan, boolean isNew)
      throws SQLException {
    String id = plan.id().value();
    if (!isNew) {
      for (String table : List.of("revops_plan_installments", "revops_plan_debts")) {
        try (PreparedStatement s =
            c.prepareStatement("DELETE FROM " + table + " WHERE plan_id = ?")) {
          s.setString(1, id);
          s.executeUpdate();
        }
      }
    }
    try (PreparedStatement s = c.prepareStatement(INSERT_INSTALLMENT)) {
      int no = 0;
      for (Installment i : plan.installments()) {
        s.setString(1, id);
        s.setInt(2, ++no);
        s.setInt(3, i.number());
        Sql.setDate(s, 4, i.dueOn());
        s.setLong(5, i.amount().minor());
        s.setLong(6, i.paid().minor());
        s.setString(7, i.amount().currency().getCurrencyCode());
        s.addBatch();
      }
      s.executeBatch();
    }
    if (!plan.debts().isEmpty()) {
      try (PreparedStatement s = c.prepareStatement(INSERT_DEBT)) {
        int no = 0;
        for (ReceivableId debt : plan.debts()) {
          s.setString(1, id);
          s.setInt(2, ++no);
          s.setString(3, debt.value());
          s.addBatch();
        }
        s.executeBatch();
      }
    }
  }

  @Override
  public List<PaymentPlan> activeForAccount(AccountId account) {
    requireNonNull(account, "account");
    return table.query(
        "WHERE account_id = ? AND status = ? ORDER BY id",
        (s, i, v) -> {
          s.setString(i, v);
          s.setString(i + 1, ACTIVE);
        },
        account.value());
  }

  /**
   * One query per {@link Sql#IN_LIST_CHUNK} accounts, on the {@code (account_id, status)} index.
   */
  @Override
  public Map<AccountId, List<PaymentPlan>> activeForAccounts(Collection<AccountId> accounts) {
    requireNonNull(accounts, "accounts");
    Map<AccountId, List<PaymentPlan>> out = new LinkedHashMap<>();
    List<String> ids = new ArrayList<>();
    for (AccountId account : accounts) {
      if (out.putIfAbsent(requireNonNull(account, "account"), new ArrayList<>()) == null) {
        ids.add(account.value());
      }
    }
    for (List<String> chunk : Sql.chunks(ids)) {
      List<PaymentPlan> found =
          table.query(
              "WHERE "
                  + Sql.in(dialect, "account_id", chunk.size())
                  + " AND status = ? ORDER BY id",
              (s, i, v) -> s.setString(Sql.bindIn(dialect, s, i, v), ACTIVE),
              chunk);
      for (PaymentPlan p : found) {
        out.get(p.account()).add(p);
      }
    }
    out.replaceAll((account, plans) -> List.copyOf(plans));
    return out;
  }

  @Override
  public List<PaymentPlan> activeDefaultingBy(Instant at, int limit) {
    requireNonNull(at, "at");
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
    return table.query(
        "WHERE status = ? AND defaults_at <= ? ORDER BY defaults_at, id LIMIT ?",
        (s, i, v) -> {
          s.setString(i, ACTIVE);
          Sql.setInstant(s, i + 1, Instants.storable(v));
          s.setInt(i + 2, limit);
        },
        at);
  }
}
