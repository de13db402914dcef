package dev.revops.jdbc.billing;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.port.PlanRetirements;
import dev.revops.billing.retirement.PlanRetirement;
import dev.revops.billing.retirement.PricePolicy;
import dev.revops.billing.retirement.PricePolicyKind;
import dev.revops.billing.retirement.RetirementSchedule;
import dev.revops.core.port.Locks;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link PlanRetirements} on table {@code revops_plan_retirements}: the retirement schedule, one
 * row per retired plan with its first day without sales ({@code date}), successor, notice days,
 * price policy and grandfathered periods, and the reason for an interval change, in the schedule's
 * order ({@code schedule_position}). {@link #replace} stores a schedule (checked by {@link
 * RetirementSchedule#of}) in place of the stored one, in one transaction under lock {@value #LOCK},
 * so every instance reads the whole of one schedule; each replacement is one more {@link
 * #revision()}, kept in each row's {@code version}. {@link #forPlan} and {@link #all} read the
 * table on every call and answer as {@link PlanRetirements#of} does over the same schedule. Nothing
 * here logs. Thread-safe.
 */
public final class JdbcPlanRetirements implements PlanRetirements {
  /** The table. */
  static final String TABLE = "revops_plan_retirements";

  /** The lock subject replacements run under. */
  public static final String LOCK = "plan-retirements";

  private static final String COLUMNS =
      "plan_id, retired_from, successor_plan_id, notice_days, price_policy,"
          + " grandfathered_periods, interval_change_reason";

  private final Database db;
  private final Locks locks;

  /**
   * Creates the store.
   *
   * @param db the database (migrated)
   * @param locks the database's locks ({@code RevOpsDatabase.locks()})
   */
  public JdbcPlanRetirements(Database db, Locks locks) {
    this.db = requireNonNull(db, "db");
    this.locks = requireNonNull(locks, "locks");
  }

  /**
   * Stores a schedule in place of the stored one: in the caller's unit of work, or in one of its
   * own.
   *
   * @param schedule the schedule, checked against the catalog ({@link RetirementSchedule#of})
   * @return the new revision (1 for the first schedule stored)
   * @throws IllegalArgumentException when a retirement lacks its plan, first day, successor or
   *     price policy, or a plan is retired twice (nothing stored)
   */
  public long replace(RetirementSchedule schedule) {
    requireNonNull(schedule, "schedule");
    List<PlanRetirement> rows = schedule.retirements();
    Set<String> plans = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      PlanRetirement r = rows.get(i);
      if (r.planId() == null
          || r.retiredFrom() == null
          || r.successorPlanId() == null
          || r.pricePolicy() == null
          || r.pricePolicy().kind() == null) {
        throw new IllegalArgumentException(
            "retirement " + i + " lacks its plan, first day, successor or price policy");
      }
      if (!plans.add(r.planId())) {
        throw new IllegalArgumentException("plan " + r.planId() + " is retired twice");
      }
    }
    return locks.withLock(
        LOCK,
        () ->
            db.work()
                .call(
                    "replace " + TABLE,
                    TABLE,
                    c -> {
                      long revision = revision(c) + 1;
                      try (PreparedStatement d = c.prepareStatement("DELETE FROM " + TABLE)) {
                        d.executeUpdate();
                      }
                      Instant now = db.clock().instant();
                      try (PreparedStatement s =
                          c.prepareStatement(
                              "INSERT INTO "
                                  + TABLE
                                  + " ("
                                  + COLUMNS
                                  + ", version, schedule_position, updated_at)"
                                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                        for (int i = 0; i < rows.size(); i++) {
                          bind(s, rows.get(i));
                          s.setLong(8, revision);
                          s.setInt(9, i);
                          Sql.setInstant(s, 10, now);
                          s.addBatch();
                        }
                        s.executeBatch();
                      }
                      return revision;
                    }));
  }

  private static void bind(PreparedStatement s, PlanRetirement r) throws SQLException {
    s.setString(1, r.planId());
    Sql.setDate(s, 2, r.retiredFrom());
    s.setString(3, r.successorPlanId());
    s.setInt(4, r.noticeDays());
    s.setString(5, r.pricePolicy().kind().name());
    Integer periods = r.pricePolicy().grandfatheredPeriods();
    if (periods == null) {
      s.setNull(6, Types.INTEGER);
    } else {
      s.setInt(6, periods);
    }
    Sql.setText(s, 7, r.intervalChangeReason());
  }

  /**
   * Returns the revision of the stored schedule.
   *
   * @return how many times a schedule was stored, or 0 when no retirement is stored
   */
  public long revision() {
    return db.work().read("read " + TABLE, TABLE, JdbcPlanRetirements::revision);
  }

  private static long revision(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT max(version) FROM " + TABLE);
        ResultSet r = s.executeQuery()) {
      return r.next() ? r.getLong(1) : 0;
    }
  }

  /**
   * Returns the stored schedule.
   *
   * @return the schedule, in its order (empty when none is stored)
   */
  public RetirementSchedule schedule() {
    return new RetirementSchedule(all());
  }

  @Override
  public Optional<PlanRetirement> forPlan(String planId) {
    requireNonNull(planId, "planId");
    List<PlanRetirement> found = read("WHERE plan_id = ?", planId);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here: in the order of the stored schedule.
   */
  @Override
  public List<PlanRetirement> all() {
    return read("ORDER BY schedule_position", null);
  }

  private List<PlanRetirement> read(String where, String planId) {
    return db.work()
        .read(
            "read " + TABLE,
            TABLE,
            c -> {
              try (PreparedStatement s =
                  c.prepareStatement("SELECT " + COLUMNS + " FROM " + TABLE + " " + where)) {
                if (planId != null) {
                  s.setString(1, planId);
                }
                List<PlanRetirement> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                  while (r.next()) {
                    int periods = r.getInt("grandfathered_periods");
                    Integer grandfathered = r.wasNull() ? null : periods;
                    out.add(
                        new PlanRetirement(
                            r.getString("plan_id"),
                            r.getObject("retired_from", LocalDate.class),
                            r.getString("successor_plan_id"),
                            r.getInt("notice_days"),
                            new PricePolicy(
                                PricePolicyKind.valueOf(r.getString("price_policy")),
                                grandfathered),
                            r.getString("interval_change_reason")));
                  }
                }
                return out;
              }
            });
  }
}
