package dev.revops.examples.simulation;

import dev.revops.core.money.Percentage;
import dev.revops.sales.id.CaseId;
import dev.revops.sales.servicecase.CaseChannel;
import dev.revops.sales.servicecase.CaseStatus;
import dev.revops.sales.servicecase.CaseTrigger;
import dev.revops.sales.servicecase.CaseType;
import dev.revops.sales.servicecase.ServiceCase;
import dev.revops.sales.servicecase.Severity;
import dev.revops.sales.servicecase.SlaClock;
import java.math.RoundingMode;

/**
 * Service cases: customers open cases of three severities through sales' {@code CaseService};
 * agents answer at once or a day or two later and solve them within days, timed by SLA policies on
 * a New York business calendar. A breach earns a service credit of 10% of a month's fee on the next
 * invoice. Mutable, confined to the simulation's thread.
 */
final class ServiceDesk {
  private final World w;

  private final Referrals referrals;

  ServiceDesk(World w, Referrals referrals) {
    this.w = w;
    this.referrals = referrals;
  }

  void maybeOpenCase(Customer c) {
    if (c.cancelled || w.random.nextDouble() >= 0.004) {
      return;
    }
    double r = w.random.nextDouble();
    Severity severity = r < 0.05 ? Severity.CRITICAL : r < 0.25 ? Severity.HIGH : Severity.MEDIUM;
    CaseType type = r < 0.05 ? CaseType.INCIDENT : r < 0.9 ? CaseType.SUPPORT : CaseType.COMPLAINT;
    CaseChannel[] channels = CaseChannel.values();
    ServiceCase opened =
        w.cases.open(c.account.id(), type, severity, channels[w.random.nextInt(channels.length)]);
    int m = w.monthIndex(w.today);
    w.casesOpened[m]++;
    CaseId id = opened.id();
    // Agents answer at once or on a later day; the case is solved one to five days later.
    if (w.random.nextDouble() < 0.6) {
      w.cases.respond(id);
    } else {
      w.schedule(w.today.plusDays(1 + w.random.nextInt(2)), () -> respondIfOpen(id));
    }
    w.schedule(w.today.plusDays(1 + w.random.nextInt(5)), () -> closeCase(c, id, m));
  }

  private void respondIfOpen(CaseId id) {
    if (w.caseRepository.get(id).status() != CaseStatus.CLOSED) {
      w.cases.respond(id);
    }
  }

  private void closeCase(Customer c, CaseId id, int openedInMonth) {
    w.cases.respond(id);
    w.cases.fire(id, CaseTrigger.CLOSE);
    w.casesResolved[openedInMonth]++;
    boolean breached = w.cases.sla(id).stream().anyMatch(k -> k.state() == SlaClock.State.BREACHED);
    if (!breached) {
      w.casesWithinSla[openedInMonth]++;
      referrals.satisfied(c);
      return;
    }
    // An SLA breach earns 10% of a month's fee, taken off the next invoice.
    c.pendingCredit =
        c.pendingCredit.plus(
            World.MONTHLY[c.tier].times(Percentage.of("10"), RoundingMode.HALF_UP));
  }
}
