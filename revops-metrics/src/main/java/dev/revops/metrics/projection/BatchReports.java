package dev.revops.metrics.projection;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.EventId;
import dev.revops.core.id.LeadId;
import dev.revops.core.money.Money;
import dev.revops.core.time.BillingInterval;
import dev.revops.core.time.DateRange;
import dev.revops.metrics.subscription.MovementSummary;
import dev.revops.metrics.subscription.MrrBook;
import dev.revops.metrics.subscription.MrrMovement;
import dev.revops.metrics.subscription.SubscriptionFact;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a {@link PeriodReport} in batch from a full event history: duplicates (same event id)
 * count once, order does not matter. MRR goes through {@link MrrBook} (each subscription's MRR
 * changes become priced periods), so this is an independent check of {@link MetricsProjection}.
 * Stateless and thread-safe; memory grows with the history.
 */
public final class BatchReports {
  private BatchReports() {}

  /**
   * Reports a period from the whole history.
   *
   * @param history every event, in any order, possibly with duplicates
   * @param config the currency and funnel (the window plays no part in batch)
   * @param period the period
   * @return the figures
   */
  public static PeriodReport report(
      Collection<? extends MetricsEvent> history, ProjectionConfig config, DateRange period) {
    requireNonNull(history, "history");
    requireNonNull(config, "config");
    requireNonNull(period, "period");
    Map<EventId, MetricsEvent> unique = new LinkedHashMap<>();
    for (MetricsEvent e : history) {
      unique.putIfAbsent(e.eventId(), e);
    }
    List<MetricsEvent> events = new ArrayList<>(unique.values());
    events.sort(MetricsProjection.ORDER);

    PeriodSums sums = new PeriodSums(config.funnelStages().size());
    DaySums inside = sums.inside();
    ReceivableSums receivablesBefore = new ReceivableSums();

    Map<List<String>, List<SubscriptionMrrChanged>> subscriptions = new LinkedHashMap<>();
    Map<LeadId, List<LeadStageReached>> leads = new LinkedHashMap<>();
    for (MetricsEvent e : events) {
      boolean inPeriod = period.contains(e.occurredOn());
      boolean beforePeriod = e.occurredOn().isBefore(period.start());
      if (e instanceof SubscriptionMrrChanged s) {
        subscriptions
            .computeIfAbsent(
                List.of(s.account().value(), s.subscriptionId()), k -> new ArrayList<>())
            .add(s);
      } else if (e instanceof LeadStageReached l) {
        leads.computeIfAbsent(l.lead(), k -> new ArrayList<>()).add(l);
      } else if (e instanceof ReceivableChanged r) {
        if (beforePeriod) {
          receivablesBefore.record(r.change(), r.amount().minor());
        } else if (inPeriod) {
          inside.receivables.record(r.change(), r.amount().minor());
        }
      } else if (e instanceof ContactAttempted c && inPeriod) {
        inside.contacts.record(c.outcome());
      }
    }

    // MRR: each subscription's changes become priced periods [change, next change)
    List<SubscriptionFact> facts = new ArrayList<>();
    for (List<SubscriptionMrrChanged> changes : subscriptions.values()) {
      for (int i = 0; i < changes.size(); i++) {
        SubscriptionMrrChanged c = changes.get(i);
        LocalDate end = i + 1 < changes.size() ? changes.get(i + 1).occurredOn() : null;
        if (c.mrr().isPositive()) {
          facts.add(
              new SubscriptionFact(
                  c.subscriptionId(),
                  c.account(),
                  c.mrr(),
                  BillingInterval.MONTHLY,
                  c.occurredOn(),
                  end));
        }
      }
    }
    MrrBook book = MrrBook.of(facts, config.currency());
    MovementSummary summary = book.summary(period);
    sums.opening(summary.mrrAtStart().minor(), summary.customersAtStart(), receivablesBefore.net());
    for (MrrMovement m : book.movements(period)) {
      inside.movements.record(m.type(), m.amount().minor());
    }

    // Funnel: a lead enters every stage up to the furthest it reached, on the day it got there
    for (List<LeadStageReached> reached : leads.values()) {
      String source = reached.get(0).source();
      int furthest = -1;
      for (LeadStageReached l : reached) {
        int stage = config.stageIndex(l.stage());
        if (stage > furthest) {
          if (period.contains(l.occurredOn())) {
            inside.funnel.enter(source, furthest, stage);
          }
          furthest = stage;
        }
      }
    }
    PeriodReport report = sums.report(period, config.currency());
    checkAgainstBook(report, summary);
    return report;
  }

  private static void checkAgainstBook(PeriodReport report, MovementSummary summary) {
    Money end = report.mrr().mrrAtEnd();
    if (!end.equals(summary.mrrAtEnd()) || report.customersAtEnd() != summary.customersAtEnd()) {
      throw new IllegalStateException("batch MRR does not match the MRR book at the period end");
    }
  }
}
