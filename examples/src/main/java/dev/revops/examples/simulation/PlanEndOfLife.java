package dev.revops.examples.simulation;

import dev.revops.billing.retirement.PlanRetirement;
import dev.revops.billing.retirement.RetirementReport;
import dev.revops.billing.service.PlanRetirementService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The retirement of the monthly starter plan, two thirds into the run: from its date it is not sold
 * (billing's subscription service refuses it, so new customers and downgrades get its successor),
 * and once a week billing's {@link PlanRetirementService} sends the notices that are due (30 days
 * before the renewal at which a subscriber moves) and schedules the moves to the successor, two
 * periods at the old price first (grandfathered). Subscribers who cancel after their notice are the
 * churn attributed to the retirement. Mutable, confined to the simulation's thread.
 */
final class PlanEndOfLife {
  private final World w;
  private final PlanRetirement retirement;
  private final PlanRetirementService service;
  private long notices;

  PlanEndOfLife(World w) {
    this.w = w;
    Optional<PlanRetirement> r = w.retirements.forPlan(World.planId(0, false));
    this.retirement = r.orElse(null);
    this.service =
        r.isEmpty() ? null : w.billing.planRetirement(w.backend.planMigrations(), w.locks);
  }

  /** Taken every day; works on Mondays from a little before the first notices can be due. */
  void day() {
    if (retirement == null || w.today.getDayOfWeek() != DayOfWeek.MONDAY) {
      return;
    }
    LocalDate from = retirement.retiredFrom().minusDays(retirement.noticeDays() + 35L);
    if (w.today.isBefore(from)) {
      return;
    }
    notices += service.sendDueNotices(retirement.planId()).applied().size();
    service.migrateDue(retirement.planId());
  }

  /** What the retirement did by the end of the run, or null when nothing was retired. */
  RetirementSummary summary() {
    if (retirement == null) {
      return null;
    }
    RetirementReport r = service.report(retirement.planId());
    return new RetirementSummary(retirement, notices, r);
  }
}
